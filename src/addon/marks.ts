import { MARKS } from "../core/messages/addon";
import type { ReportItem } from "../core/validate/types";
import type { RowRecord } from "./history";
import { appendRecords, beginOperation, forgetOperation, operationsOf, readRecords, RowRecords } from "./history";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARK_COLOURS = { error: "#f4c7c3", warning: "#fce8b2" } as const;

interface Grid {
  readonly backgrounds: string[][];
  readonly notes: string[][];
}

/** Our note, after the note a person may already have written in the cell. */
function markedNote(previous: string, messages: readonly string[]): string {
  const ours = `${MARKS.notePrefix}\n${messages.join("\n")}`;
  return previous ? `${previous}\n\n${ours}` : ours;
}

/**
 * Puts back, in memory, what was there before our marks, cell by cell, unless a person changed
 * the cell's colour or note since: then theirs is kept. Returns how many cells kept a person's change.
 */
function restore(grid: Grid, records: readonly RowRecord[]): number {
  let kept = 0;
  for (const { row, cells } of records) {
    for (const { c, before, after } of cells) {
      const r = row - 1;
      const col = c - 1;
      if (r >= grid.backgrounds.length || col >= (grid.backgrounds[r]?.length ?? 0)) continue;
      let changedByPerson = false;
      if (grid.backgrounds[r][col] === after.bg) grid.backgrounds[r][col] = before.bg ?? "#ffffff";
      else changedByPerson = true;
      if (grid.notes[r][col] === after.n) grid.notes[r][col] = before.n ?? "";
      else changedByPerson = true;
      if (changedByPerson) kept++;
    }
  }
  return kept;
}

/** The cells to mark: every item that names a cell of the sheet, errors before warnings. */
function cellsToMark(errors: readonly ReportItem[], warnings: readonly ReportItem[]) {
  const cells = new Map<string, { row: number; column: number; level: "error" | "warning"; messages: string[] }>();
  const add = (item: ReportItem, level: "error" | "warning") => {
    if (item.row < 1 || item.column < 1) return;
    const key = `${item.row}:${item.column}`;
    const cell = cells.get(key);
    if (cell) cell.messages.push(item.message);
    else cells.set(key, { row: item.row, column: item.column, level, messages: [item.message] });
  };
  errors.forEach((i) => add(i, "error"));
  warnings.forEach((i) => add(i, "warning"));
  return [...cells.values()];
}

/**
 * Writes the backgrounds and notes back. White is written as null (no colour), as getBackgrounds()
 * reports both the same: an explicit white would hide alternating colours and conditional formats.
 */
function writeGrid(range: GoogleAppsScript.Spreadsheet.Range, grid: Grid): void {
  range.setBackgrounds(grid.backgrounds.map((row) => row.map((bg) => (bg === "#ffffff" ? null : bg))) as string[][]);
  range.setNotes(grid.notes);
}

export interface MarkResult {
  readonly marked: number;
  /** Cells of the previous marks whose colour or note a person had changed: theirs was kept. */
  readonly keptChanges: number;
}

/**
 * Colours the invalid cells and puts the messages in their notes: one read and one write of the
 * backgrounds and of the notes of the data range. The previous marks are removed first, restoring
 * what was under them, and what is under the new ones is recorded to be restored exactly.
 */
export function applyMarks(sheet: Sheet, errors: readonly ReportItem[], warnings: readonly ReportItem[], opId: string, at: string): MarkResult {
  const ss = sheet.getParent();
  const sheetId = sheet.getSheetId();
  const range = sheet.getDataRange();
  const grid: Grid = { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  const previous = operationsOf(sheetId).marks;
  const keptChanges = previous ? restore(grid, readRecords(ss, previous.id)) : 0;
  beginOperation(ss, sheetId, "marks", opId, at);

  const records = new RowRecords();
  const cells = cellsToMark(errors, warnings).filter((c) => c.row <= grid.backgrounds.length && c.column <= grid.backgrounds[0].length);
  for (const cell of cells) {
    const r = cell.row - 1;
    const col = cell.column - 1;
    const before = { bg: grid.backgrounds[r][col], n: grid.notes[r][col] };
    const after = { bg: MARK_COLOURS[cell.level], n: markedNote(before.n, cell.messages) };
    grid.backgrounds[r][col] = after.bg;
    grid.notes[r][col] = after.n;
    records.add(cell.row, { c: cell.column, before, after });
  }
  writeGrid(range, grid);
  appendRecords(ss, sheetId, "marks", records.list());
  return { marked: cells.length, keptChanges };
}

/** Removes our marks, restoring exactly the backgrounds and notes that were there before. */
export function clearMarksOf(sheet: Sheet): MarkResult {
  const ss = sheet.getParent();
  const sheetId = sheet.getSheetId();
  const previous = operationsOf(sheetId).marks;
  if (!previous) return { marked: 0, keptChanges: 0 };
  const range = sheet.getDataRange();
  const grid: Grid = { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  const records = readRecords(ss, previous.id);
  const keptChanges = restore(grid, records);
  writeGrid(range, grid);
  forgetOperation(ss, sheetId, "marks");
  return { marked: records.reduce((n, r) => n + r.cells.length, 0), keptChanges };
}
