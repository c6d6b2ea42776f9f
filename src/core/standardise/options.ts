import type { CellContext } from "../rules";

/** Column decisions by 0-based column index, as `columnDecisions` takes them. */
export type ColumnDecisions = ReadonlyMap<number, CellContext>;

export interface StandardiseOptions {
  /** Hours in a day of walking: with it, `1 jour` and `½ journée` become hours, marked for review. */
  readonly hoursPerDay?: number;
  /**
   * Decisions already taken on the whole table (`columnDecisions`), for a caller that plans a
   * large sheet in chunks of rows: a chunk alone could decide another unit or date order.
   */
  readonly decisions?: ColumnDecisions;
}
