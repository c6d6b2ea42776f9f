import type { ServerApi, SheetInfo } from "../core/api";
import { detectSchema } from "../core/mapping";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Name, size, headers of a tab and the schemas its headers look like: a few calls, no data read. */
export function describeSheet(sheet: Sheet): SheetInfo {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  // Display values: headers as people see them, whatever their cell type.
  const headers = columns > 0 ? sheet.getRange(1, 1, 1, columns).getDisplayValues()[0].map((h) => h.trim()) : [];
  const hasHeader = headers.some((h) => h !== "");
  return {
    name: sheet.getName(),
    dataRows: hasHeader ? Math.max(0, rows - 1) : 0,
    columns: hasHeader ? columns : 0,
    headers: hasHeader ? headers : [],
    guesses: hasHeader ? detectSchema(headers).map((g) => ({ ...g })) : [],
  };
}

export const getActiveSheetInfo: ServerApi["getActiveSheetInfo"] = () => describeSheet(SpreadsheetApp.getActiveSheet());
