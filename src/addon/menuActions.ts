/**
 * One click from the menu, without the sidebar: the tab's remembered schema and mapping, or the
 * detected ones. Each action ends with a short summary; a failure is said in French in an alert.
 */
import { MARKS_UI, UI } from "../core/messages/addon";
import { withDocumentLock } from "./lock";
import { clearMarksOf } from "./marks";
import { applyStandardisation } from "./standardiseOp";
import { undoLast } from "./undoOp";
import { validateSheet } from "./validateOp";

function fromMenu(action: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const message = withDocumentLock(() => action(ss.getActiveSheet()));
    ss.toast(message, UI.addonName, 10);
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(UI.addonName, error instanceof Error ? error.message : String(error), ui.ButtonSet.OK);
  }
}

export function standardiseActiveSheet(): void {
  fromMenu((sheet) => applyStandardisation(sheet, () => Date.now()).message);
}

export function validateActiveSheet(): void {
  fromMenu((sheet) => validateSheet(sheet, () => Date.now()).message);
}

export function clearMarks(): void {
  fromMenu((sheet) => {
    const result = clearMarksOf(sheet);
    return result.marked ? MARKS_UI.cleared(result.marked, result.keptChanges) : MARKS_UI.none;
  });
}

export function undoLastOperation(): void {
  fromMenu((sheet) => undoLast(sheet, () => Date.now()).message);
}
