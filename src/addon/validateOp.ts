import type { ProblemView, ValidationView } from "../core/api";
import { STANDARDISE_UI, VALIDATE_UI } from "../core/messages/addon";
import { a1Name } from "../core/table";
import { validate } from "../core/validate";
import { CODES } from "../core/validate/codes";
import type { ValidateCode } from "../core/validate/codes";
import type { ReportItem } from "../core/validate/types";
import { applyMarks } from "./marks";
import { reportTabName, writeReportTab } from "./reportTab";
import { readSheet } from "./sheetTable";
import { tabContext } from "./tabContext";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ERRORS_SHOWN = 20;
const WARNINGS_SHOWN = 10;

export const codeName = (code: string) => CODES[code as ValidateCode]?.name ?? code;

function problemView(item: ReportItem): ProblemView {
  const cell = a1Name(item.row, item.column) || (item.row > 0 ? VALIDATE_UI.row(item.row) : "");
  return { code: item.code, cell, row: item.row, column: item.column, message: item.message };
}

/**
 * Validates the tab: every problem is marked in its cell (colour and note, the previous marks
 * replaced), and the report tab is written again. One batch read of the tab.
 */
export function validateSheet(sheet: Sheet, now: () => number): ValidationView {
  const { table } = readSheet(sheet);
  const ctx = tabContext(sheet.getSheetId(), table.header);
  if (!ctx) throw new Error(STANDARDISE_UI.noSchema);
  // Every problem is wanted here: the marks cover them all, the report tab lists the first ones.
  const report = validate(table, ctx.schema, ctx.mapping, { limit: Number.POSITIVE_INFINITY });
  const at = new Date(now()).toISOString();
  const marks = applyMarks(sheet, report.errors, report.warnings, `mq-${now()}-${sheet.getSheetId()}-marks`, at);
  const when = Utilities.formatDate(new Date(now()), sheet.getParent().getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
  writeReportTab(sheet, report, `${ctx.schema.title} ${ctx.schema.version}`, codeName, table.header, when);
  return {
    valid: report.valid,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    counts: Object.entries(report.counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => ({ code, name: codeName(code), count })),
    errors: report.errors.slice(0, ERRORS_SHOWN).map(problemView),
    warnings: report.warnings.slice(0, WARNINGS_SHOWN).map(problemView),
    reportTab: reportTabName(sheet.getName()),
    message: report.valid ? VALIDATE_UI.valid(report.warningCount) : VALIDATE_UI.invalid(report.errorCount, report.warningCount, marks.marked),
  };
}
