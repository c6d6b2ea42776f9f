import { headerUnit } from "../mapping/unit";
import type { ColumnMatch } from "../mapping/types";
import { detectDateOrder, quantityOutcome, readDuration, readLength, sameDimension, trimText, type CellContext } from "../rules";
import type { Field, Unit } from "../schema/field";
import { isEmptyCell, type Table } from "../table";
import type { FieldKind } from "./kind";
import type { StandardiseOptions } from "./options";

/**
 * Decisions taken once for a whole column before any cell is read: the unit its header states,
 * the unit most of its cells write, the order of its numeric dates.
 */
export function columnContext(table: Table, match: ColumnMatch, field: Field, kind: FieldKind, options: StandardiseOptions): CellContext {
  const target = field.unit;
  const base: CellContext = {
    headerUnit: target === undefined ? undefined : compatible(currentHeaderUnit(table, match), target),
    dateOrder: kind === "date" ? detectDateOrder(columnTexts(table, match.index)) : "DMY",
    hoursPerDay: options.hoursPerDay,
  };
  const columnUnit = target === undefined ? undefined : compatible(majorityUnit(table, match.index, field, kind, base), target);
  return columnUnit === undefined ? base : { ...base, columnUnit };
}

/**
 * The unit the header states now (the standardiser itself rewrites `Longueur (km)` to
 * `Longueur (m)` once the values are in metres); else the mapping's, which a person may have
 * given for a header without one, as long as the header is the one mapped.
 */
function currentHeaderUnit(table: Table, match: ColumnMatch): Unit | undefined {
  const header = table.header[match.index] ?? "";
  return headerUnit(header)?.unit ?? (header === match.header ? match.unit : undefined);
}

function compatible(unit: Unit | undefined, target: Unit): Unit | undefined {
  return unit !== undefined && sameDimension(unit, target) ? unit : undefined;
}

function columnTexts(table: Table, index: number): string[] {
  const texts: string[] = [];
  for (const row of table.rows) {
    const cell = row[index];
    if (typeof cell === "string" && cell !== "") texts.push(cell);
  }
  return texts;
}

/**
 * The unit written by more than half of the column's values (`8,4 km`, `12 km`... and a bare
 * `8,8`). Only values the rule can convert count: those it cannot stay as typed, and must not
 * decide, on a second run, the unit of the numbers converted on the first.
 */
function majorityUnit(table: Table, index: number, field: Field, kind: FieldKind, context: CellContext): Unit | undefined {
  if (kind !== "number" && kind !== "duration") return undefined;
  const counts = new Map<Unit, number>();
  let values = 0;
  for (const row of table.rows) {
    const cell = row[index];
    if (cell === undefined || isEmptyCell(cell)) continue;
    values++;
    if (typeof cell !== "string") continue;
    const text = trimText(cell, false);
    const q = kind === "number" ? readLength(text) : readDuration(text);
    if (q?.unit === undefined || quantityOutcome(text, q, field, context).kind === "flag") continue;
    counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
  }
  for (const [unit, count] of counts) if (count * 2 > values) return unit;
  return undefined;
}
