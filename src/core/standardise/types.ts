import type { Cell } from "../table";

/** One cell change the standardiser proposes. Rows and columns are 1-based, as in the sheet. */
export interface Change {
  readonly row: number;
  readonly column: number;
  readonly field: string;
  readonly before: Cell;
  readonly after: Cell;
  /** Name of the rule that made the change (`trim`, `decimal`, `units`, `duration`, `date`...). */
  readonly rule: string;
  /** French explanation, for the preview. */
  readonly message: string;
  /** Made on an assumption the user stated (`1 jour` with 8 h a day): worth a look before applying. */
  readonly review?: boolean;
}

export type UntouchedReason = "ambiguous" | "invalid" | "review";

/** A value the standardiser would not change, and why. */
export interface Untouched {
  readonly row: number;
  readonly column: number;
  readonly field: string;
  readonly value: Cell;
  readonly reason: UntouchedReason;
  readonly rule: string;
  readonly message: string;
  /** A value the rule could propose once a person confirms it (`1 jour` → 8 with 8 h a day). */
  readonly suggestion?: Cell;
}

export interface Plan {
  readonly changes: readonly Change[];
  readonly untouched: readonly Untouched[];
}
