/**
 * Header checks: which table column is read as which field. Validata's rules, through the
 * mapping instead of the labels: a required field without a column is an error, an optional one
 * or a column outside the schema a warning, two columns for one field an error.
 */
import type { Mapping } from "../mapping/types";
import type { Field, Schema } from "../schema/field";
import { columnLetter, isEmptyCell, type Table } from "../table";
import { quote } from "../messages/render";
import type { ReportBuilder } from "./report";

/** A table column checked as a schema field. */
export interface ActiveColumn {
  /** 0-based column index in the table. */
  readonly index: number;
  readonly field: Field;
}

/** `C « Départ »`: the letter people see, then the header as typed. */
export function headerLabel(table: Table, index: number): string {
  return `${columnLetter(index + 1)} ${quote(table.header[index] ?? "")}`;
}

function hasData(table: Table, index: number): boolean {
  return table.rows.some((row) => index < row.length && !isEmptyCell(row[index]));
}

export function checkHeaders(table: Table, schema: Schema, mapping: Mapping, report: ReportBuilder): ActiveColumn[] {
  const fields = new Map(schema.fields.map((f) => [f.name, f] as const));
  const fieldAt: (Field | undefined)[] = table.header.map(() => undefined);
  for (const column of mapping.columns) {
    if (column.field !== null && column.index >= 0 && column.index < fieldAt.length) fieldAt[column.index] = fields.get(column.field);
  }
  const active: ActiveColumn[] = [];
  const taken = new Map<string, number>();
  fieldAt.forEach((field, index) => {
    const place = { row: 1, column: index + 1, field: field ? field.name : null, value: table.header[index] };
    if (!field) {
      // A trailing column with neither a header nor data is an artefact of the export.
      if (!isEmptyCell(table.header[index]) || hasData(table, index)) {
        report.add("extra-header-warn", place, () => ({ header: headerLabel(table, index) }));
      }
      return;
    }
    const first = taken.get(field.name);
    if (first !== undefined) {
      report.add("duplicate-header", place, () => ({ header: headerLabel(table, index), field: field.name, other: headerLabel(table, first) }));
      return;
    }
    taken.set(field.name, index);
    active.push({ index, field });
  });
  for (const field of schema.fields) {
    if (taken.has(field.name)) continue;
    const code = field.required ? "missing-required-header" : "missing-header-warn";
    report.add(code, { row: 0, column: 0, field: field.name, value: "" }, () => ({ field: field.name, title: field.title }));
  }
  return active;
}
