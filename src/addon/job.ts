import type { CellContext } from "../core/rules";
import type { SchemaId } from "../core/schema/field";
import { tabStore } from "./tabStore";

/** A standardisation in progress across executions (each stops before the 6-minute limit). */
export interface Job {
  readonly opId: string;
  readonly schemaId: SchemaId;
  /** The header when the job started: every chunk is read against it. */
  readonly header: readonly string[];
  /**
   * Column decisions (units, date order) taken on the first chunk and kept for the others, so
   * that a column is read one way from top to bottom: [0-based column, decision].
   */
  readonly decisions: readonly (readonly [number, CellContext])[];
  /** Next sheet row to process. */
  readonly nextRow: number;
  /** Last row when the job started: rows added meanwhile wait for the next standardisation. */
  readonly lastRow: number;
  readonly changed: number;
  readonly formulaCells: number;
  readonly review: number;
  readonly at: string;
}

export const jobs = tabStore<Job>("mq.job");

/** An undo of a large standardisation in progress across executions. */
export interface UndoJob {
  readonly opId: string;
  /** Next sheet row whose records are to be reverted. */
  readonly nextRow: number;
  readonly restored: number;
  readonly editedCount: number;
  /** The first cells edited since the operation (kept as the person left them). */
  readonly edited: readonly string[];
}

export const undoJobs = tabStore<UndoJob>("mq.undo");
