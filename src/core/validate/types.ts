import type { Cell } from "../table";

/** One line of a validation report. Rows and columns are 1-based, as in the sheet (header = row 1). */
export interface ReportItem {
  /** Validata / frictionless code: `type-error`, `constraint-error`, `missing-cell`... */
  readonly code: string;
  /** 0 for problems of the whole table (a missing header has no row). */
  readonly row: number;
  /** 0 when the problem has no column (a blank row, a missing column). */
  readonly column: number;
  readonly field: string | null;
  readonly value: Cell;
  /** French message: what was found, what is expected, the proposed fix when there is one. */
  readonly message: string;
}

export interface Report {
  readonly valid: boolean;
  /** The first items (the report lists at most `limit` of each kind, but counts them all). */
  readonly errors: readonly ReportItem[];
  readonly warnings: readonly ReportItem[];
  /** Count per code, of every item found, listed or not. */
  readonly counts: Readonly<Record<string, number>>;
  readonly errorCount: number;
  readonly warningCount: number;
}
