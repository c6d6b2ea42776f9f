/**
 * A table is what the core works on, whatever it came from (a sheet, a CSV file).
 * It is plain data: the adapters turn platform values into these cells at the boundary.
 */

/**
 * A date cell of a spreadsheet, already read in the spreadsheet's time zone by the adapter:
 * the core never sees a JS Date, so it never depends on the time zone of the machine it runs on.
 * A time-only cell is a date on 1899-12-30 in Sheets; `time` is what matters then.
 */
export interface SheetDate {
  readonly kind: "date";
  /** Calendar day, YYYY-MM-DD. */
  readonly date: string;
  /** Clock time, HH:MM:SS. */
  readonly time: string;
}

/** An empty cell is the empty string, as `getValues()` returns it. */
export type Cell = string | number | boolean | SheetDate;

export interface Table {
  /** Header row as typed (row 1 of the sheet or the file). */
  readonly header: readonly string[];
  /** Data rows; `rows[i]` is row `i + 2` of the sheet or the file. */
  readonly rows: readonly (readonly Cell[])[];
}

/** Row number as people read it (header = 1, first data row = 2) for a 0-based data row index. */
export function sheetRow(rowIndex: number): number {
  return rowIndex + 2;
}

export function isSheetDate(value: Cell): value is SheetDate {
  return typeof value === "object" && value !== null && value.kind === "date";
}

export function isEmptyCell(value: Cell): boolean {
  return value === "" || (typeof value === "string" && value.trim() === "");
}

/** Column letters as Sheets shows them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A cell's A1 name (`B5`), or "" when the place has no cell (row or column 0). */
export function a1Name(row: number, column: number): string {
  return row > 0 && column > 0 ? `${columnLetter(column)}${row}` : "";
}

/** A cell as text, for messages and CSV output. */
export function cellText(value: Cell): string {
  if (isSheetDate(value)) return value.time === "00:00:00" ? value.date : `${value.date} ${value.time}`;
  return String(value);
}
