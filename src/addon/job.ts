import type { CellContext } from "../core/rules";
import type { SchemaId } from "../core/schema/field";

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

const key = (sheetId: number) => `mq.job.${sheetId}`;

export function readJob(sheetId: number): Job | undefined {
  const json = PropertiesService.getDocumentProperties().getProperty(key(sheetId));
  return json ? (JSON.parse(json) as Job) : undefined;
}

export function saveJob(sheetId: number, job: Job): void {
  PropertiesService.getDocumentProperties().setProperty(key(sheetId), JSON.stringify(job));
}

export function clearJob(sheetId: number): void {
  PropertiesService.getDocumentProperties().deleteProperty(key(sheetId));
}

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

const undoKey = (sheetId: number) => `mq.undo.${sheetId}`;

export function readUndoJob(sheetId: number): UndoJob | undefined {
  const json = PropertiesService.getDocumentProperties().getProperty(undoKey(sheetId));
  return json ? (JSON.parse(json) as UndoJob) : undefined;
}

export function saveUndoJob(sheetId: number, job: UndoJob): void {
  PropertiesService.getDocumentProperties().setProperty(undoKey(sheetId), JSON.stringify(job));
}

export function clearUndoJob(sheetId: number): void {
  PropertiesService.getDocumentProperties().deleteProperty(undoKey(sheetId));
}
