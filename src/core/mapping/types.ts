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

/**
 * Corrections a person made, remembered for a tab: header as typed → field name, or null for
 * "this column is not part of the schema". They win over detection, with confidence 1.
 */
export type ExplicitMapping = Readonly<Record<string, string | null>>;

export type MappingProblemCode = "duplicate-field" | "unknown-field" | "unit-mismatch";

/** Something the mapping did not decide silently. */
export interface MappingProblem {
  readonly code: MappingProblemCode;
  /** 0-based column index, as in ColumnMatch. */
  readonly index: number;
  readonly header: string;
  /** The field in question (claimed twice, unknown, or whose unit differs). */
  readonly field: string;
  /** French, for the sidebar and the command line. */
  readonly message: string;
}

export interface MappingResult extends Mapping {
  readonly problems: readonly MappingProblem[];
  /** Columns left out of the schema (field null), in table order: kept untouched. */
  readonly unmapped: readonly ColumnMatch[];
  /** Required fields that no column provides, in schema order. */
  readonly missingRequired: readonly string[];
}

/** How well a header row matches one bundled schema. */
export interface SchemaGuess {
  readonly schemaId: string;
  readonly title: string;
  /** 0..1. */
  readonly score: number;
  readonly mappedColumns: number;
  readonly requiredFound: number;
  readonly requiredTotal: number;
}
