// Sheet: one tab of the workbook.
import { parseA1 } from "./a1";
import { counted } from "./calls";
import type { Execution } from "./context";
import { addMetadata, metadataOf } from "./metadata";
import { checkRect, FakeRange, rangeFromA1, wrapRange } from "./range";
import { wrapSpreadsheet } from "./spreadsheet";
import type { CellData, SheetData } from "./workbook";

export const DEFAULT_COLUMN_WIDTH = 100;

export function wrapSheet(exec: Execution, data: SheetData): FakeSheet {
  return counted(exec, "Sheet", new FakeSheet(exec, data));
}

export class FakeSheet {
  constructor(
    private readonly exec: Execution,
    readonly data: SheetData,
  ) {}

  private get wb() {
    return this.exec.workbook;
  }

  getName(): string {
    return this.data.name;
  }
  setName(name: string): this {
    const other = this.wb.sheetByName(name);
    if (other && other !== this.data) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.data.name = name;
    return this;
  }
  getSheetId(): number {
    return this.data.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.wb.sheets.indexOf(this.data) + 1;
  }
  getParent() {
    return wrapSpreadsheet(this.exec);
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === "string") {
      const ref = parseA1(rowOrA1);
      if (!ref || ref.sheetName !== null) throw new Error("Range not found");
      return rangeFromA1(this.exec, this.data, ref);
    }
    const rect = { row: rowOrA1, col: column ?? NaN, numRows, numCols: numColumns };
    checkRect(this.data, rect);
    return wrapRange(this.exec, this.data, rect);
  }
  /** A1 to the last used cell; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    const rect = { row: 1, col: 1, numRows: Math.max(1, this.data.lastRow()), numCols: Math.max(1, this.data.lastColumn()) };
    return wrapRange(this.exec, this.data, rect);
  }
  getLastRow(): number {
    return this.data.lastRow();
  }
  getLastColumn(): number {
    return this.data.lastColumn();
  }
  getMaxRows(): number {
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    return this.data.maxCols;
  }
  getActiveRange(): FakeRange {
    return wrapRange(this.exec, this.data, this.data.activeRange);
  }

  /** Inserts blank rows before `rowIndex`, shifting the cells below. */
  insertRows(rowIndex: number, numRows = 1): void {
    if (rowIndex < 1 || rowIndex > this.data.maxRows + 1) throw new Error("Those rows are out of bounds.");
    this.data.rows.splice(rowIndex - 1, 0, ...Array.from({ length: numRows }, () => [] as (CellData | undefined)[]));
    this.data.maxRows += numRows;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.insertRows(afterPosition + 1, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany = 1): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.data.maxRows) throw new Error("Those rows are out of bounds.");
    if (howMany >= this.data.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.data.rows.splice(rowPosition - 1, howMany);
    this.data.maxRows -= howMany;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || columnIndex > this.data.maxCols + 1) throw new Error("Those columns are out of bounds.");
    for (const row of this.data.rows) if (row && row.length >= columnIndex) row.splice(columnIndex - 1, 0, ...new Array<undefined>(numColumns));
    this.data.maxCols += numColumns;
  }

  setFrozenRows(rows: number): void {
    this.data.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.data.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.data.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.data.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.data.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Roughly 7 px per character of the longest displayed text, as a stand-in for font metrics. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const rows = this.data.lastRow();
    if (rows === 0) return this;
    const shown = new FakeRange(this.exec, this.data, { row: 1, col: startColumn, numRows: rows, numCols: numColumns }).getDisplayValues();
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...shown.map((r) => (r[c] ?? "").length));
      this.data.columnWidths.set(startColumn + c, Math.max(20, longest * 7 + 10));
    }
    return this;
  }

  activate(): this {
    this.wb.activeSheetId = this.data.id;
    this.data.hidden = false;
    return this;
  }
  hideSheet(): this {
    if (this.wb.sheets.every((s) => s === this.data || s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.data.hidden = true;
    // Sheets moves the selection off a tab it hides.
    if (this.wb.activeSheetId === this.data.id) this.wb.activeSheetId = (this.wb.sheets.find((s) => !s.hidden) ?? this.data).id;
    return this;
  }
  showSheet(): this {
    this.data.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.data.hidden;
  }
  clear(): this {
    this.data.rows = [];
    return this;
  }
  clearContents(): this {
    for (const row of this.data.rows) for (const cell of row ?? []) if (cell) Object.assign(cell, { value: "", formula: "" });
    return this;
  }
  clearNotes(): this {
    for (const row of this.data.rows) for (const cell of row ?? []) if (cell) cell.note = "";
    return this;
  }

  /** Writes after the last used row, converting values as setValues does. */
  appendRow(rowContents: unknown[]): this {
    const row = this.data.lastRow() + 1;
    if (row > this.data.maxRows) this.data.maxRows = row;
    if (rowContents.length > this.data.maxCols) this.data.maxCols = rowContents.length;
    rowContents.forEach((v, c) => this.wb.write(this.data, row, c + 1, v, this.exec.clock.now()));
    return this;
  }

  getDeveloperMetadata() {
    return metadataOf(this.exec, this.data.id);
  }
  addDeveloperMetadata(key: string, value?: string): this {
    addMetadata(this.exec, this.data.id, key, value);
    return this;
  }
}
