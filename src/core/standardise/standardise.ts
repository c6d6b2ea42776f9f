import { standardiseMessage } from "../messages/standardise";
import { UNIT_NAMES } from "../messages/units";
import type { Mapping } from "../mapping/types";
import { readDateRange, readTimeRange, trimText, type CellContext } from "../rules";
import type { Field, Schema } from "../schema/field";
import { sheetRow, type Cell, type Table } from "../table";
import { standardiseCell, type CellResult } from "./cell";
import { columnContext } from "./column";
import { headerInUnit } from "./header";
import { fieldKind, type FieldKind } from "./kind";
import type { ColumnDecisions, StandardiseOptions } from "./options";
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
 * Column decisions first (units, date order), then each cell of each mapped column, row by row
 * so that the plan comes in sheet order.
 */
export function standardise(table: Table, schema: Schema, mapping: Mapping, options: StandardiseOptions = {}): Plan {
  const columns = mappedColumns(table, schema, mapping, options);
  const byField = new Map<string, Column>();
  for (const c of columns) if (!byField.has(c.field.name)) byField.set(c.field.name, c);
  const partners = columns.map((c) => {
    const info = c.kind === "date" || c.kind === "time" ? rangePartner(c.field) : undefined;
    return info && { ...info, column: byField.get(info.name) };
  });
  // Within a column the context is fixed, so equal values get equal results: worth remembering
  // for the columns that repeat a few values (practice, type, communes, contact...).
  const memos = columns.map(() => new Map<string | number | boolean, CellResult>());
  const changes: Change[] = [];
  const untouched: Untouched[] = [];
  const converted = new Set<Column>();
  table.rows.forEach((row, r) => {
    const first = changes.length;
    let filled = false;
    columns.forEach((column, c) => {
      const value = row[column.index];
      if (value === "" || value === undefined) return;
      const partner = partners[c];
      const range = partner && rangeIn(value, column);
      if (range && partner) {
        filled = rangeChanges(row, r, column, range, partner.name, partner.end, partner.column, changes, untouched) || filled;
        return;
      }
      const result = cellResult(value, column, memos[c]);
      const sheetRowNumber = sheetRow(r);
      const change = result.change;
      if (change) {
        changes.push({ row: sheetRowNumber, column: column.index + 1, field: column.field.name, before: value, after: change.after, rule: change.rule, message: change.message, review: change.review });
        if (typeof change.after === "number") converted.add(column);
      }
      const issue = result.issue;
      if (issue) {
        untouched.push({ row: sheetRowNumber, column: column.index + 1, field: column.field.name, value, reason: issue.reason, rule: issue.rule, message: issue.message, suggestion: issue.suggestion });
      }
    });
    // A range may fill a column on the left of its own: keep the row in column order.
    if (filled) sortTail(changes, first);
  });
  const headers: Change[] = [];
  for (const column of columns) {
    const change = converted.has(column) ? headerChange(table, column) : undefined;
    if (change) headers.push(change);
  }
  return { changes: headers.length === 0 ? changes : headers.concat(changes), untouched };
}

const MEMO_LIMIT = 5000;
const MEMO_MAX_LENGTH = 200;

function cellResult(value: Cell, column: Column, memo: Map<string | number | boolean, CellResult>): CellResult {
  if (typeof value === "object" || (typeof value === "string" && value.length > MEMO_MAX_LENGTH)) {
    return standardiseCell(value, column.field, column.context, column.kind);
  }
  let result = memo.get(value);
  if (result === undefined) {
    result = standardiseCell(value, column.field, column.context, column.kind);
    if (memo.size < MEMO_LIMIT) memo.set(value, result);
  }
  return result;
}

function sortTail(changes: Change[], from: number): void {
  const tail = changes.splice(from).sort((a, b) => a.column - b.column);
  for (const c of tail) changes.push(c);
}

/** Once a column's numbers are in the field's unit, its header must stop saying otherwise. */
function headerChange(table: Table, column: Column): Change | undefined {
  const unit = column.field.unit;
  if (unit === undefined || column.context.headerUnit === undefined || column.context.headerUnit === unit) return undefined;
  const header = table.header[column.index] ?? "";
  const after = headerInUnit(header, column.field, unit);
  // A later chunk reads the header an earlier one already rewrote.
  if (after === header) return undefined;
  return {
    row: 1,
    column: column.index + 1,
    field: column.field.name,
    before: header,
    after,
    rule: column.kind === "duration" ? "duration" : "units",
    message: standardiseMessage("headerUnit", { to: UNIT_NAMES[unit] }),
  };
}

/**
 * The decisions `standardise` takes for each mapped column (header and majority units, date
 * order), to take them once on a whole sheet and pass them with each chunk of its rows.
 */
export function columnDecisions(table: Table, schema: Schema, mapping: Mapping, options: StandardiseOptions = {}): ColumnDecisions {
  return new Map(mappedColumns(table, schema, mapping, options).map((c) => [c.index, c.context]));
}

function mappedColumns(table: Table, schema: Schema, mapping: Mapping, options: StandardiseOptions): Column[] {
  const columns: Column[] = [];
  for (const match of mapping.columns) {
    if (match.field === null || match.index < 0 || match.index >= table.header.length) continue;
    if (columns.some((c) => c.index === match.index)) continue;
    const field = schema.fields.find((f) => f.name === match.field);
    if (field === undefined) continue;
    const kind = fieldKind(field);
    if (kind === "opaque") continue;
    const context = options.decisions?.get(match.index) ?? columnContext(table, match, field, kind, options);
    columns.push({ index: match.index, field, kind, context });
  }
  return columns.sort((a, b) => a.index - b.index);
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
): boolean {
  const value = row[column.index];
  const rule = column.kind === "date" ? "date-range" : "time-range";
  const at = { row: sheetRow(r), column: column.index + 1, field: column.field.name };
  const flag = (message: "rangeNoPartner" | "rangeConflict" | "rangeInEnd", suggestion: string, other = ""): boolean => {
    untouched.push({ ...at, value, reason: "review", rule, message: standardiseMessage(message, { value: String(value), partner: partnerName, other }), suggestion });
    return false;
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
    return true;
  }
  return false;
}
