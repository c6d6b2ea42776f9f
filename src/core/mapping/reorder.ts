import type { Schema } from "../schema/field";
import type { Table } from "../table";
import type { Mapping } from "./types";

/**
 * The table as it will be published: mapped columns renamed to their field names, in schema
 * order, then the columns outside the schema under their own headers, in their first order.
 * Columns move, so a cell missing from a short row becomes empty; cells beyond the header are
 * kept at the end of their row, never dropped.
 */
export function tableInSchemaOrder(table: Table, mapping: Mapping, schema: Schema): Table {
  const byField = new Map<string, number>();
  for (const c of mapping.columns) if (c.field !== null) byField.set(c.field, c.index);
  const order: { index: number; header: string }[] = [];
  for (const f of schema.fields) {
    const index = byField.get(f.name);
    if (index !== undefined) order.push({ index, header: f.name });
  }
  for (const c of mapping.columns) if (c.field === null) order.push({ index: c.index, header: table.header[c.index] });
  return {
    header: order.map((o) => o.header),
    rows: table.rows.map((row) => [...order.map((o) => (o.index < row.length ? row[o.index] : "")), ...row.slice(table.header.length)]),
  };
}
