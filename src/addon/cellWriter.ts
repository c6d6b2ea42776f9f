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

/** Consecutive columns holding updates, each with the rows its updates span. */
interface ColumnRun {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function columnRuns(updates: readonly CellUpdate[]): ColumnRun[] {
  const rowsByColumn = new Map<number, { top: number; bottom: number }>();
  for (const u of updates) {
    const span = rowsByColumn.get(u.column);
    if (span) {
      span.top = Math.min(span.top, u.row);
      span.bottom = Math.max(span.bottom, u.row);
    } else rowsByColumn.set(u.column, { top: u.row, bottom: u.row });
  }
  const runs: ColumnRun[] = [];
  for (const column of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const { top, bottom } = rowsByColumn.get(column)!;
    const last = runs[runs.length - 1];
    if (last && last.right === column - 1) runs[runs.length - 1] = { left: last.left, right: column, top: Math.min(last.top, top), bottom: Math.max(last.bottom, bottom) };
    else runs.push({ left: column, right: column, top, bottom });
  }
  return runs;
}

/**
 * Writes updates with one setNumberFormats and one setValues per run of consecutive changed
 * columns (so never more than the tab has columns, whatever its rows). Columns without a change
 * are not touched at all; the other cells of a run are written back as they were read: formulas
 * as formulas (never their values), Dates as Dates, text protected as text. Updates on formula
 * cells must be dropped before.
 */
export function writeUpdates(sheet: Sheet, block: Block, updates: readonly CellUpdate[]): void {
  const byCell = new Map(updates.map((u) => [`${u.row}:${u.column}`, u]));
  for (const run of columnRuns(updates)) {
    const values: SheetInput[][] = [];
    const formats: string[][] = [];
    for (let row = run.top; row <= run.bottom; row++) {
      const br = row - block.firstRow;
      const valueRow: SheetInput[] = [];
      const formatRow: string[] = [];
      for (let column = run.left; column <= run.right; column++) {
        const bc = column - block.firstColumn;
        const update = byCell.get(`${row}:${column}`);
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
    const range = sheet.getRange(run.top, run.left, run.bottom - run.top + 1, run.right - run.left + 1);
    range.setNumberFormats(formats);
    range.setValues(values);
  }
}
