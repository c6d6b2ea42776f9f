// Workbooks from data, for tests: exactly the cells given, or cells as a person would type them.
import type { Stored } from "./convert";
import { DEFAULT_NUMBER_FORMAT, isDateFormat } from "./display";
import { localeRules } from "./locale";
import { Workbook, type WorkbookOptions } from "./workbook";
import { dateToSerial, isDate } from "./zone";

export interface SheetSpec {
  name: string;
  /** Strings, numbers, booleans, Dates; null or "" for an empty cell. */
  values?: unknown[][];
  formulas?: string[][];
  numberFormats?: string[][];
  backgrounds?: string[][];
  notes?: string[][];
  /**
   * false (default): cells hold exactly the values given. true: strings go through what Sheets
   * does to typed text ("8,8" → 8.8, "24/09/2015" → a date, "=..." → a formula).
   */
  typed?: boolean;
  maxRows?: number;
  maxColumns?: number;
}

export interface WorkbookSpec extends WorkbookOptions {
  sheets?: SheetSpec[];
  /** When typed text without a year is read (default 2021-06-21). */
  now?: number;
}

export function createWorkbook(spec: WorkbookSpec = {}): Workbook {
  const wb = new Workbook(spec);
  const sheets = spec.sheets?.length ? spec.sheets : [{ name: `${localeRules(wb.locale).defaultSheetName}1` }];
  const now = spec.now ?? Date.UTC(2021, 5, 21, 8);
  for (const s of sheets) {
    const sheet = wb.addSheet(s.name);
    const rows = Math.max(s.values?.length ?? 0, s.formulas?.length ?? 0, s.notes?.length ?? 0, s.backgrounds?.length ?? 0);
    // A loop, not Math.max(...): 200,000 rows would overflow the call stack.
    let cols = 0;
    for (const grid of [s.values, s.formulas, s.notes, s.backgrounds]) for (const r of grid ?? []) cols = Math.max(cols, r.length);
    sheet.maxRows = s.maxRows ?? Math.max(1000, rows);
    sheet.maxCols = s.maxColumns ?? Math.max(26, cols);
    const each = <T>(grid: T[][] | undefined, fn: (v: T, row: number, col: number) => void) =>
      grid?.forEach((r, i) => r.forEach((v, j) => fn(v, i + 1, j + 1)));
    each(s.numberFormats, (f, r, c) => (sheet.cellForWrite(r, c).numberFormat = f || DEFAULT_NUMBER_FORMAT));
    each(s.values, (v, r, c) => {
      if (s.typed) return wb.write(sheet, r, c, v, now);
      if (v === null || v === undefined || v === "") return;
      const cell = sheet.cellForWrite(r, c);
      if (isDate(v)) {
        cell.value = dateToSerial(v.getTime(), wb.timeZone);
        if (!isDateFormat(cell.numberFormat)) cell.numberFormat = localeRules(wb.locale).dateFormat;
      } else cell.value = v as Stored;
    });
    each(s.formulas, (f, r, c) => {
      if (f) Object.assign(sheet.cellForWrite(r, c), { formula: f, value: "" });
    });
    each(s.backgrounds, (b, r, c) => (sheet.cellForWrite(r, c).background = b || "#ffffff"));
    each(s.notes, (n, r, c) => (sheet.cellForWrite(r, c).note = n ?? ""));
  }
  wb.activeSheetId = wb.sheets[0]?.id ?? 0;
  return wb;
}
