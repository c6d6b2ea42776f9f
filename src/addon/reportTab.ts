import { REPORT_TAB } from "../core/messages/addon";
import { a1Name, cellText, columnLetter } from "../core/table";
import type { Report, ReportItem } from "../core/validate/types";
import { ensureSize } from "./sheetSize";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** At most this many lines are listed; the counts at the top always cover every problem. */
export const REPORT_TAB_MAX_LINES = 10000;
const WIDTH = 8;

export function reportTabName(sheetName: string): string {
  // Sheet names are limited to 100 characters.
  return `${REPORT_TAB.namePrefix}${sheetName}`.slice(0, 100);
}

function pad(line: string[]): string[] {
  return line.concat(Array(WIDTH - line.length).fill(""));
}

function itemLine(item: ReportItem, level: string, codeName: (code: string) => string, header: readonly string[]): string[] {
  const column = item.column > 0 ? `${columnLetter(item.column)} (${header[item.column - 1] ?? ""})` : "";
  return [level, item.code, codeName(item.code), item.row > 0 ? String(item.row) : "", column, cellText(item.value), item.message, a1Name(item.row, item.column)];
}

/**
 * (Re)writes the report tab of a validated tab: counts per code at the top, then one line per
 * problem with a link to its cell. Every cell is plain text (`@`), so that no value coming from the
 * validated sheet can become a formula; links are rich-text links, not HYPERLINK formulas.
 */
export function writeReportTab(source: Sheet, report: Report, schemaTitle: string, codeName: (code: string) => string, header: readonly string[], when: string): Sheet {
  const ss = source.getParent();
  const name = reportTabName(source.getName());
  let tab = ss.getSheetByName(name);
  if (tab) tab.clear();
  else {
    tab = ss.insertSheet(name);
    source.activate(); // insertSheet activates the new tab; the person stays on the tab they validated.
  }
  const lines: string[][] = [
    pad([`${REPORT_TAB.title} ${source.getName()}`]),
    pad([REPORT_TAB.summary(schemaTitle, when, report.errorCount, report.warningCount)]),
    pad([]),
    pad([...REPORT_TAB.countsHeader]),
    ...Object.entries(report.counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => pad([code, codeName(code), String(n)])),
    pad([]),
  ];
  const listed = [...report.errors.map((i) => ["erreur", i] as const), ...report.warnings.map((i) => ["avertissement", i] as const)].slice(0, REPORT_TAB_MAX_LINES);
  const unlisted = report.errorCount + report.warningCount - listed.length;
  if (unlisted > 0) lines.push(pad([REPORT_TAB.unlisted(unlisted)]));
  lines.push([...REPORT_TAB.linesHeader]);
  const firstItemRow = lines.length + 1;
  for (const [level, item] of listed) lines.push(itemLine(item, level, codeName, header));

  ensureSize(tab, lines.length, WIDTH);
  const range = tab.getRange(1, 1, lines.length, WIDTH);
  range.setNumberFormat("@");
  range.setValues(lines);
  if (listed.length > 0) {
    const gid = source.getSheetId();
    const links = listed.map(([, item]) => {
      const a1 = a1Name(item.row, item.column);
      const builder = SpreadsheetApp.newRichTextValue().setText(a1);
      return [a1 ? builder.setLinkUrl(`#gid=${gid}&range=${a1}`).build() : builder.build()];
    });
    tab.getRange(firstItemRow, WIDTH, links.length, 1).setRichTextValues(links);
  }
  tab.getRange(1, 1, 1, 1).setFontWeight("bold");
  return tab;
}
