import type { ProgressView } from "../core/api";
import { UNDO_UI } from "../core/messages/addon";
import { a1Name } from "../core/table";
import { sheetInput, writeUpdates } from "./cellWriter";
import type { CellUpdate } from "./cellWriter";
import type { RowRecord, StoredState } from "./history";
import { forgetOperation, lastOperation, readRecords } from "./history";
import { jobs, undoJobs } from "./job";
import type { UndoJob } from "./job";
import { clearMarksOf } from "./marks";
import { isDate, readBlock } from "./sheetTable";
import { CHUNK_ROWS, inChunks, rowProgress } from "./chunks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const EDITED_NAMED = 20;

function restoredValue(state: StoredState): string | number | boolean | Date {
  const v = state.v ?? "";
  return typeof v === "object" ? new Date(v.d) : v;
}

function holds(current: unknown, state: StoredState): boolean {
  const v = state.v ?? "";
  if (typeof v === "object") return isDate(current) && current.getTime() === v.d;
  return !isDate(current) && current === v;
}

/**
 * Reverts the records of rows [from, to]: a cell that still holds what the operation wrote gets
 * its value and number format back; one already back (an interrupted run done again) is left;
 * one edited since keeps the person's edit and is counted.
 */
function revertRows(sheet: Sheet, size: { lastRow: number; lastColumn: number }, records: readonly RowRecord[], job: UndoJob, from: number, to: number): UndoJob {
  const { lastRow, lastColumn } = size;
  const rows = records.filter((r) => r.row >= from && r.row <= to);
  const top = Math.min(to, lastRow);
  const updates: CellUpdate[] = [];
  const edited: string[] = [];
  if (rows.length > 0 && top >= from) {
    const block = readBlock(sheet, from, 1, top - from + 1, lastColumn);
    for (const { row, cells } of rows) {
      for (const { c, before, after } of cells) {
        const r = row - from;
        const inside = row <= top && c <= lastColumn;
        const current = inside ? block.raw[r][c - 1] : undefined;
        if (inside && block.formulas[r][c - 1] === "" && holds(current, after)) {
          const format = before.f ?? "";
          updates.push({ row, column: c, value: sheetInput(restoredValue(before), format), format });
        } else if (!inside || !holds(current, before)) edited.push(a1Name(row, c));
      }
    }
    writeUpdates(sheet, block, updates);
  }
  return {
    ...job,
    nextRow: to + 1,
    restored: job.restored + updates.length,
    editedCount: job.editedCount + edited.length,
    edited: [...job.edited, ...edited].slice(0, EDITED_NAMED),
  };
}

/**
 * Reverts the tab's last operation exactly: marks are cleared; standardised cells get their
 * values and number formats back, chunk by chunk within the time budget like the standardisation
 * itself, the cursor kept so that the next call resumes.
 */
export function undoLast(sheet: Sheet, now: () => number): ProgressView {
  const started = now();
  const ss = sheet.getParent();
  const sheetId = sheet.getSheetId();
  const op = lastOperation(sheetId);
  if (!op) return { done: true, processedRows: 0, totalRows: 0, changed: 0, message: UNDO_UI.nothing };
  if (op.kind === "marks") {
    const cleared = clearMarksOf(sheet).marked;
    return { done: true, processedRows: 0, totalRows: 0, changed: cleared, message: UNDO_UI.marks(cleared) };
  }
  jobs.clear(sheetId); // a standardisation left half-way is reverted, not resumed
  const records = readRecords(ss, op.id);
  const size = { lastRow: sheet.getLastRow(), lastColumn: Math.max(1, sheet.getLastColumn()) };
  const lastRecordRow = records.reduce((m, r) => Math.max(m, r.row), 0);
  let job = undoJobs.read(sheetId);
  if (!job || job.opId !== op.id) job = { opId: op.id, nextRow: 1, restored: 0, editedCount: 0, edited: [] };
  job = inChunks(
    job,
    started,
    now,
    (j) => j.nextRow <= lastRecordRow,
    (j) => revertRows(sheet, size, records, j, j.nextRow, j.nextRow + CHUNK_ROWS - 1),
    (j) => undoJobs.save(sheetId, j),
  );
  const done = job.nextRow > lastRecordRow;
  if (done) {
    forgetOperation(ss, sheetId, "standardise");
    undoJobs.clear(sheetId);
  }
  const rows = rowProgress(job.nextRow, lastRecordRow);
  return {
    done,
    ...rows,
    changed: job.restored,
    message: done ? UNDO_UI.standardise(job.restored, job.editedCount, job.edited) : UNDO_UI.partial(rows.processedRows, rows.totalRows),
  };
}
