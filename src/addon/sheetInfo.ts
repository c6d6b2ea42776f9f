import type { ServerApi, SheetInfo } from "../core/api";
import { detectSchema } from "../core/mapping";

/** Name, size, headers of the active tab and the schemas its headers look like: three reads. */
export const getActiveSheetInfo: ServerApi["getActiveSheetInfo"] = (): SheetInfo => {
  const sheet = SpreadsheetApp.getActiveSheet();
  const range = sheet.getDataRange();
  const columns = range.getNumColumns();
  const rows = range.getNumRows();
  // Display values: headers as people see them, whatever their cell type.
  const headers = sheet.getRange(1, 1, 1, columns).getDisplayValues()[0].map((h) => h.trim());
  const hasHeader = headers.some((h) => h !== "");
  return {
    name: sheet.getName(),
    dataRows: hasHeader ? Math.max(0, rows - 1) : 0,
    columns: hasHeader ? columns : 0,
    headers: hasHeader ? headers : [],
    guesses: hasHeader ? detectSchema(headers).map((g) => ({ ...g })) : [],
  };
};
