import { UNDO_UI } from "../core/messages/addon";
import { columnLetter } from "../core/table";
import { sheetInput, writeUpdates } from "./cellWriter";
import type { CellUpdate } from "./cellWriter";
import type { StoredState } from "./history";
import { forgetOperation, lastOperation, readRecords } from "./history";
import { clearJob } from "./job";
import { clearMarksOf } from "./marks";
import { isDate, readBlock } from "./sheetTable";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function restoredValue(state: StoredState): string | number | boolean | Date {
  const v = state.v ?? "";
  return typeof v === "object" ? new Date(v.d) : v;
}

/** True when the cell still holds what the operation wrote (nobody edited it since). */
function unchangedSince(current: unknown, after: StoredState): boolean {
  return !isDate(current) && current === (after.v ?? "");
}

/**
 * Reverts the tab's last operation exactly: marks are cleared, standardised cells get their values
 * and number formats back. Cells edited since keep the person's edit and are listed.
 */
export function undoLast(sheet: Sheet): string {
  const ss = sheet.getParent();
  const sheetId = sheet.getSheetId();
  const op = lastOperation(sheetId);
  if (!op) return UNDO_UI.nothing;
  if (op.kind === "marks") return UNDO_UI.marks(clearMarksOf(sheet).marked);

  const records = readRecords(ss, op.id);
  const lastRow = Math.max(1, sheet.getLastRow());
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const block = readBlock(sheet, 1, 1, lastRow, lastColumn);
  const updates: CellUpdate[] = [];
  const edited: string[] = [];
  for (const { row, cells } of records) {
    for (const { c, before, after } of cells) {
      const inside = row <= lastRow && c <= lastColumn;
      if (!inside || block.formulas[row - 1][c - 1] !== "" || !unchangedSince(block.raw[row - 1][c - 1], after)) {
        edited.push(`${columnLetter(c)}${row}`);
        continue;
      }
      const format = before.f ?? "";
      updates.push({ row, column: c, value: sheetInput(restoredValue(before), format), format });
    }
  }
  writeUpdates(sheet, block, updates);
  forgetOperation(ss, sheetId, "standardise");
  clearJob(sheetId);
  return UNDO_UI.standardise(updates.length, edited);
}
