import { standardiseMessage, UNIT_NAMES } from "../messages/standardise";
import type { Mapping } from "../mapping/types";
import { readDateRange, readTimeRange, trimText, type CellContext } from "../rules";
import type { Field, Schema } from "../schema/field";
import { sheetRow, type Cell, type Table } from "../table";
import { standardiseCell } from "./cell";
import { columnContext } from "./column";
import { headerInUnit } from "./header";
import { fieldKind, type FieldKind } from "./kind";
import type { StandardiseOptions } from "./options";
import { rangePartner } from "./partner";
import type { Change, Plan, Untouched } from "./types";

interface Column {
  readonly index: number;
  readonly field: Field;
  readonly kind: FieldKind;
  readonly context: CellContext;
}

/**
 * The plan of changes that brings a table to the schema's conventions. Nothing is modified:
 * the plan is data, shown in a preview, then applied (or not) with `applyPlan`.
 * Column decisions first (units, date order), then each cell of each mapped column.
 */
export function standardise(table: Table, schema: Schema, mapping: Mapping, options: StandardiseOptions = {}): Plan {
  const columns = mappedColumns(table, schema, mapping, options);
  const byField = new Map<string, Column>();
  for (const c of columns) if (!byField.has(c.field.name)) byField.set(c.field.name, c);
  const changes: Change[] = [];
  const untouched: Untouched[] = [];
  for (const column of columns) {
    const before = changes.length;
    const partnerInfo = column.kind === "date" || column.kind === "time" ? rangePartner(column.field) : undefined;
    const partner = partnerInfo && byField.get(partnerInfo.name);
    table.rows.forEach((row, r) => {
      const value = row[column.index];
      if (value === "" || value === undefined) return;
      const range = partnerInfo && rangeIn(value, column);
      if (range && partnerInfo) {
        rangeChanges(row, r, column, range, partnerInfo.name, partnerInfo.end, partner, changes, untouched);
        return;
      }
      const result = standardiseCell(value, column.field, column.context, column.kind);
      const at = { row: sheetRow(r), column: column.index + 1, field: column.field.name };
      if (result.change) changes.push({ ...at, before: value, ...result.change });
      if (result.issue) untouched.push({ ...at, value, ...result.issue });
    });
    const unit = column.field.unit;
    if (column.context.headerUnit !== undefined && unit !== undefined && column.context.headerUnit !== unit && hasNumberChange(changes, before)) {
      const header = table.header[column.index] ?? "";
      changes.push({
        row: 1,
        column: column.index + 1,
        field: column.field.name,
        before: header,
        after: headerInUnit(header, column.field, unit),
        rule: column.kind === "duration" ? "duration" : "units",
        message: standardiseMessage("headerUnit", { to: UNIT_NAMES[unit] }),
      });
    }
  }
  changes.sort((a, b) => a.row - b.row || a.column - b.column);
  untouched.sort((a, b) => a.row - b.row || a.column - b.column);
  return { changes, untouched };
}

function mappedColumns(table: Table, schema: Schema, mapping: Mapping, options: StandardiseOptions): Column[] {
  const columns: Column[] = [];
  for (const match of mapping.columns) {
    if (match.field === null || match.index < 0 || match.index >= table.header.length) continue;
    const field = schema.fields.find((f) => f.name === match.field);
    if (field === undefined) continue;
    const kind = fieldKind(field);
    if (kind === "opaque") continue;
    columns.push({ index: match.index, field, kind, context: columnContext(table, match, field, kind, options) });
  }
  return columns;
}

function hasNumberChange(changes: readonly Change[], from: number): boolean {
  for (let i = from; i < changes.length; i++) if (typeof changes[i].after === "number") return true;
  return false;
}

function rangeIn(value: Cell, column: Column): { start: string; end: string } | undefined {
  if (typeof value !== "string") return undefined;
  const text = trimText(value, false);
  return column.kind === "date" ? readDateRange(text, column.context.dateOrder) : readTimeRange(text);
}

/**
 * A range typed in one cell: the start stays, the end goes to the partner column when that cell
 * is empty (or already says the same). Otherwise a person decides.
 */
function rangeChanges(
  row: readonly Cell[],
  r: number,
  column: Column,
  range: { start: string; end: string },
  partnerName: string,
  isEnd: boolean,
  partner: Column | undefined,
  changes: Change[],
  untouched: Untouched[],
): void {
  const value = row[column.index];
  const rule = column.kind === "date" ? "date-range" : "time-range";
  const at = { row: sheetRow(r), column: column.index + 1, field: column.field.name };
  const flag = (message: "rangeNoPartner" | "rangeConflict" | "rangeInEnd", suggestion: string, other = ""): void => {
    untouched.push({ ...at, value, reason: "review", rule, message: standardiseMessage(message, { value: String(value), partner: partnerName, other }), suggestion });
  };
  if (isEnd) return flag("rangeInEnd", range.end);
  if (partner === undefined) return flag("rangeNoPartner", range.start);
  const other = row[partner.index] ?? "";
  const otherValue = other === "" ? "" : standardiseCell(other, partner.field, partner.context, partner.kind).change?.after ?? other;
  if (otherValue !== "" && otherValue !== range.end) return flag("rangeConflict", range.start, String(other));
  changes.push({ ...at, before: value, after: range.start, rule, message: standardiseMessage("rangeStart", { value: String(value), partner: partnerName }) });
  if (other === "") {
    changes.push({
      row: at.row,
      column: partner.index + 1,
      field: partner.field.name,
      before: "",
      after: range.end,
      rule,
      message: standardiseMessage("rangeEnd", { partner: column.field.name }),
    });
  }
}
