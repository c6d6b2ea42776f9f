import type { Cell } from "../core/table";
import { isSheetDate } from "../core/table";
import type { Block } from "./sheetTable";
import { isDate } from "./sheetTable";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Plain text: what Sheets stores as typed, never as a number, a date or a formula. */
export const TEXT_FORMAT = "@";
/** What Sheets shows for a cell whose number format was never set. */
export const AUTOMATIC_FORMAT = "0.###############";

/** A value as setValues takes it. */
export type SheetInput = string | number | boolean | Date;

/**
 * The value to give setValues so that the cell holds exactly `value`: a string is protected by a
 * leading apostrophe unless the cell is plain text, so that "001", "2021-06-21", "12,5" or
 * "=SUM(A1)" stay text and nothing becomes a formula by accident.
 */
export function sheetInput(value: Cell | Date, format: string): SheetInput {
  if (typeof value === "number" || typeof value === "boolean" || isDate(value)) return value;
  const text = isSheetDate(value) ? value.date : value;
  if (text === "" || format === TEXT_FORMAT) return text;
  return `'${text}`;
}

/**
 * The number format a new value needs: plain text for strings Sheets would otherwise convert
 * (codes, ISO dates and times), the automatic format for a number written into a text cell.
 */
export function formatFor(value: Cell, previous: string): string {
  if (typeof value === "string" && looksConvertible(value)) return TEXT_FORMAT;
  if (typeof value === "number" && previous === TEXT_FORMAT) return AUTOMATIC_FORMAT;
  return previous;
}

/** Strings a French-locale sheet would turn into numbers, dates, times or booleans. */
function looksConvertible(text: string): boolean {
  return (
    /^[\s+-]*[\d.,\s\u00a0\u202f]+%?$/.test(text) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(text) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(text) ||
    /^(vrai|faux|true|false)$/i.test(text)
  );
}

export interface CellUpdate {
  /** 1-based sheet coordinates. */
  readonly row: number;
  readonly column: number;
  readonly value: SheetInput;
  readonly format: string;
}

/**
 * Writes updates in one setNumberFormats and one setValues over their bounding rectangle. The other
 * cells of the rectangle are written back as they were read: formulas as formulas (never their
 * values), Dates as Dates, text protected as text. Updates on formula cells must be dropped before.
 */
export function writeUpdates(sheet: Sheet, block: Block, updates: readonly CellUpdate[]): void {
  if (updates.length === 0) return;
  // Loops, not Math.min(...): a spread of 100,000 arguments overflows the stack.
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const u of updates) {
    top = Math.min(top, u.row);
    left = Math.min(left, u.column);
    bottom = Math.max(bottom, u.row);
    right = Math.max(right, u.column);
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const byCell = new Map(updates.map((u) => [`${u.row}:${u.column}`, u]));
  const values: SheetInput[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    const br = top + r - block.firstRow;
    const valueRow: SheetInput[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const bc = left + c - block.firstColumn;
      const update = byCell.get(`${top + r}:${left + c}`);
      const formula = block.formulas[br][bc];
      const format = update ? update.format : block.formats[br][bc];
      formatRow.push(format);
      if (formula) valueRow.push(formula);
      else if (update) valueRow.push(update.value);
      else valueRow.push(sheetInput(block.raw[br][bc] as Cell | Date, format));
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  const range = sheet.getRange(top, left, height, width);
  range.setNumberFormats(formats);
  range.setValues(values);
}
