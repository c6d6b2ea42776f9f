import type { Mapping } from "../../../src/core/mapping/types";
import type { Cell, Table } from "../../../src/core/table";

/** A mapping where each header is a field name, or null for the columns given in `unmapped`. */
export function exactMapping(schemaId: string, header: readonly string[], unmapped: readonly string[] = []): Mapping {
  return {
    schemaId,
    columns: header.map((h, index) => ({ index, header: h, field: unmapped.includes(h) ? null : h, confidence: 1 })),
  };
}

/** A mapping given column by column: header as typed → field name. */
export function handMapping(schemaId: string, pairs: readonly (readonly [string, string | null])[]): Mapping {
  return { schemaId, columns: pairs.map(([header, field], index) => ({ index, header, field, confidence: 1 })) };
}

export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): Table {
  return { header, rows };
}
