import { headerUnit } from "../mapping/unit";
import type { ColumnMatch } from "../mapping/types";
import { detectDateOrder, readDuration, readLength, sameDimension, type CellContext } from "../rules";
import type { Field, Unit } from "../schema/field";
import type { Table } from "../table";
import type { FieldKind } from "./kind";
import type { StandardiseOptions } from "./options";

/**
 * Decisions taken once for a whole column before any cell is read: the unit its header states,
 * the unit most of its cells write, the order of its numeric dates.
 */
export function columnContext(table: Table, match: ColumnMatch, field: Field, kind: FieldKind, options: StandardiseOptions): CellContext {
  const texts = columnTexts(table, match.index);
  const target = field.unit;
  return {
    headerUnit: target === undefined ? undefined : compatible(currentHeaderUnit(table, match), target),
    columnUnit: target === undefined ? undefined : compatible(majorityUnit(texts, kind), target),
    dateOrder: kind === "date" ? detectDateOrder(texts) : "DMY",
    hoursPerDay: options.hoursPerDay,
  };
}

/**
 * The mapping's reading of the header, unless the header has changed since (the standardiser
 * itself rewrites `Longueur (km)` to `Longueur (m)` once the values are in metres).
 */
function currentHeaderUnit(table: Table, match: ColumnMatch): Unit | undefined {
  const header = table.header[match.index] ?? "";
  return header === match.header ? match.unit : headerUnit(header)?.unit;
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

/** The unit written by more than half of the column's values (`8,4 km`, `12 km`... and a bare `8,8`). */
function majorityUnit(texts: readonly string[], kind: FieldKind): Unit | undefined {
  if (kind !== "number" && kind !== "duration") return undefined;
  const counts = new Map<Unit, number>();
  for (const text of texts) {
    const unit = (kind === "number" ? readLength(text) : readDuration(text))?.unit;
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  for (const [unit, count] of counts) if (count * 2 > texts.length) return unit;
  return undefined;
}
