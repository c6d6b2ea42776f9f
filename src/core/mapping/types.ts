import type { Unit } from "../schema/field";

/** How one column of a table is read against a schema. */
export interface ColumnMatch {
  /** 0-based column index in the table. */
  readonly index: number;
  /** Header as typed. */
  readonly header: string;
  /** Schema field name, or null when the column is not part of the schema (kept untouched). */
  readonly field: string | null;
  /** 0..1; 1 for an exact field name or a mapping given explicitly. */
  readonly confidence: number;
  /** Unit written in the header (`Longueur (km)`, `Temps (min)`), kept for conversion. */
  readonly unit?: Unit;
}

export interface Mapping {
  readonly schemaId: string;
  readonly columns: readonly ColumnMatch[];
}
