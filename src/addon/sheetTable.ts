import type { Cell, SheetDate, Table } from "../core/table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function isDate(value: unknown): value is Date {
  // Dates made in another realm (gas-local tests) fail `instanceof Date`.
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Turns Dates into calendar days and clock times in the spreadsheet's time zone (not the script's),
 * formatting each distinct instant once.
 */
export function dateConverter(timeZone: string): (d: Date) => SheetDate {
  const cache = new Map<number, SheetDate>();
  return (d) => {
    const key = d.getTime();
    let converted = cache.get(key);
    if (!converted) {
      const [date, time] = Utilities.formatDate(d, timeZone, "yyyy-MM-dd HH:mm:ss").split(" ");
      converted = { kind: "date", date, time };
      cache.set(key, converted);
    }
    return converted;
  };
}

export function toCell(value: unknown, toDate: (d: Date) => SheetDate): Cell {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) return toDate(value);
  return value === null || value === undefined ? "" : String(value);
}

/** A rectangle read in one pass: raw values (Dates as Dates), formulas and number formats. */
export interface Block {
  /** 1-based sheet row and column of raw[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly raw: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly formats: readonly (readonly string[])[];
}

/** Three batch reads, whatever the size of the rectangle. */
export function readBlock(sheet: Sheet, firstRow: number, firstColumn: number, numRows: number, numColumns: number): Block {
  const range = sheet.getRange(firstRow, firstColumn, numRows, numColumns);
  return { firstRow, firstColumn, raw: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

export function headerOf(raw: readonly unknown[], toDate: (d: Date) => SheetDate): string[] {
  return raw.map((h) => (isDate(h) ? toDate(h).date : String(h).trim()));
}

/** A tab's data range as a core table (header = row 1) and the block it was read from. */
export interface SheetSnapshot {
  readonly table: Table;
  readonly block: Block;
}

/** The header and the data rows, or only the first `maxDataRows` of them. */
export function readSheet(sheet: Sheet, maxDataRows = Number.POSITIVE_INFINITY): SheetSnapshot {
  const lastRow = Math.max(1, Math.min(sheet.getLastRow(), maxDataRows + 1));
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const block = readBlock(sheet, 1, 1, lastRow, lastColumn);
  const toDate = dateConverter(sheet.getParent().getSpreadsheetTimeZone());
  const header = headerOf(block.raw[0], toDate);
  const rows = block.raw.slice(1).map((r) => r.map((v) => toCell(v, toDate)));
  return { table: { header, rows }, block };
}
