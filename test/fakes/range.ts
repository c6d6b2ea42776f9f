// Range: a rectangle of one sheet. Every read or write goes through the workbook's cells.
import { a1Notation, type GridRect } from "./a1";
import { counted } from "./calls";
import type { Execution } from "./context";
import { displayValue } from "./display";
import { wrapSheet } from "./sheet";
import { FakeRichTextValue } from "./richtext";
import type { FakeDataValidation } from "./validation";
import { emptyCell, WHITE, type CellData, type Rect, type SheetData } from "./workbook";

export function wrapRange(exec: Execution, sheet: SheetData, rect: Rect): FakeRange {
  return counted(exec, "Range", new FakeRange(exec, sheet, rect), rect.numRows * rect.numCols);
}

/** Same checks and messages as Sheet.getRange in Apps Script. */
export function checkRect(sheet: SheetData, rect: Rect): void {
  const { row, col, numRows, numCols } = rect;
  if (![row, col, numRows, numCols].every(Number.isFinite)) throw new Error("Invalid argument: the coordinates must be numbers.");
  if (row < 1) throw new Error("The starting row of the range is too small.");
  if (col < 1) throw new Error("The starting column of the range is too small.");
  if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  }
}

/** A parsed A1 reference on `sheet`; whole rows or columns run to the sheet's edge. */
export function rangeFromA1(exec: Execution, sheet: SheetData, ref: GridRect): FakeRange {
  const rect = { row: ref.row, col: ref.col, numRows: ref.numRows ?? sheet.maxRows - ref.row + 1, numCols: ref.numCols ?? sheet.maxCols - ref.col + 1 };
  checkRect(sheet, rect);
  return wrapRange(exec, sheet, rect);
}

const NAMED_COLOURS: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ff9900",
  grey: "#999999",
  gray: "#999999",
};

/** getBackgrounds answers lower-case `#rrggbb`; null resets to white. */
function normaliseColour(colour: unknown): string {
  if (colour === null || colour === undefined || colour === "") return WHITE;
  const c = String(colour).trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  return NAMED_COLOURS[c] ?? WHITE;
}

export class FakeRange {
  constructor(
    private readonly exec: Execution,
    readonly sheetData: SheetData,
    readonly rect: Rect,
  ) {}

  private get wb() {
    return this.exec.workbook;
  }

  private read<T>(fn: (cell: CellData, row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numCols }, (_, c) => fn(this.sheetData.cell(row + r, col + c) ?? emptyCell(), row + r, col + c)),
    );
  }

  /** Every setXxxs(grid) demands the range's exact size, with these messages. */
  private checkGrid(data: unknown): unknown[][] {
    const { numRows, numCols } = this.rect;
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    }
    if (data.length !== numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
    }
    for (const r of data as unknown[][]) {
      if (r.length !== numCols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${numCols}.`);
      }
    }
    return data as unknown[][];
  }

  private write(data: unknown[][], fn: (cell: CellData, value: unknown, row: number, col: number) => void): this {
    const { row, col } = this.rect;
    data.forEach((values, r) => values.forEach((v, c) => fn(this.sheetData.cellForWrite(row + r, col + c), v, row + r, col + c)));
    return this;
  }

  private fill(value: unknown): unknown[][] {
    return Array.from({ length: this.rect.numRows }, () => Array.from({ length: this.rect.numCols }, () => value));
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getA1Notation(): string {
    const { row, col, numRows, numCols } = this.rect;
    return a1Notation(row, col, numRows, numCols);
  }
  getSheet() {
    return wrapSheet(this.exec, this.sheetData);
  }

  getValues(): unknown[][] {
    return this.read((_, r, c) => this.wb.readValue(this.sheetData, r, c));
  }
  getValue(): unknown {
    return this.wb.readValue(this.sheetData, this.rect.row, this.rect.col);
  }
  setValues(values: unknown[][]): this {
    return this.write(this.checkGrid(values), (_, v, r, c) => this.wb.write(this.sheetData, r, c, v, this.exec.clock.now()));
  }
  setValue(value: unknown): this {
    return this.write(this.fill(value), (_, v, r, c) => this.wb.write(this.sheetData, r, c, v, this.exec.clock.now()));
  }
  getDisplayValues(): string[][] {
    return this.read((cell, r, c) => displayValue(this.wb.computed(this.sheetData, r, c, new Set()), cell.numberFormat, this.wb.locale));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? "";
  }
  isBlank(): boolean {
    return this.read((cell) => cell.value === "" && cell.formula === "").every((r) => r.every(Boolean));
  }

  getFormulas(): string[][] {
    return this.read((cell) => cell.formula);
  }
  getFormula(): string {
    return this.sheetData.cell(this.rect.row, this.rect.col)?.formula ?? "";
  }
  setFormulas(formulas: string[][]): this {
    return this.write(this.checkGrid(formulas), (_, v, r, c) => this.wb.write(this.sheetData, r, c, v, this.exec.clock.now()));
  }
  setFormula(formula: string): this {
    return this.setFormulas(this.fill(formula) as string[][]);
  }

  getNumberFormats(): string[][] {
    return this.read((cell) => cell.numberFormat);
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? "";
  }
  setNumberFormats(formats: string[][]): this {
    return this.write(this.checkGrid(formats), (cell, f) => (cell.numberFormat = String(f)));
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(this.fill(format) as string[][]);
  }

  getBackgrounds(): string[][] {
    return this.read((cell) => cell.background);
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? WHITE;
  }
  setBackgrounds(colours: (string | null)[][]): this {
    return this.write(this.checkGrid(colours), (cell, c) => (cell.background = normaliseColour(c)));
  }
  setBackground(colour: string | null): this {
    return this.setBackgrounds(this.fill(colour) as string[][]);
  }

  getNotes(): string[][] {
    return this.read((cell) => cell.note);
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? "";
  }
  setNotes(notes: (string | null)[][]): this {
    return this.write(this.checkGrid(notes), (cell, n) => (cell.note = n === null || n === undefined ? "" : String(n)));
  }
  setNote(note: string | null): this {
    return this.setNotes(this.fill(note) as string[][]);
  }
  clearNote(): this {
    return this.setNote(null);
  }

  getFontWeights(): string[][] {
    return this.read((cell) => cell.fontWeight);
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]?.[0] ?? "normal";
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.write(this.checkGrid(weights), (cell, w) => (cell.fontWeight = w === "bold" ? "bold" : "normal"));
  }
  setFontWeight(weight: string | null): this {
    return this.setFontWeights(this.fill(weight) as string[][]);
  }

  /** Text stored exactly as given (no typing into numbers or dates), with its link. */
  setRichTextValues(values: FakeRichTextValue[][]): this {
    return this.write(this.checkGrid(values), (cell, v) => {
      const rich = v as FakeRichTextValue;
      Object.assign(cell, { value: rich.getText(), formula: "", link: rich.getLinkUrl() ?? "" });
    });
  }
  setRichTextValue(value: FakeRichTextValue): this {
    return this.setRichTextValues(this.fill(value) as FakeRichTextValue[][]);
  }
  getRichTextValues(): FakeRichTextValue[][] {
    return this.read((cell, r, c) => new FakeRichTextValue(displayValue(this.wb.computed(this.sheetData, r, c, new Set()), cell.numberFormat, this.wb.locale), cell.link || null));
  }
  getRichTextValue(): FakeRichTextValue | null {
    return this.getRichTextValues()[0]?.[0] ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read((cell) => cell.validation);
  }
  getDataValidation(): FakeDataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return this.write(this.checkGrid(rules), (cell, v) => (cell.validation = (v as FakeDataValidation | null) ?? null));
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.setDataValidations(this.fill(rule) as FakeDataValidation[][]);
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  /** Contents, formats, validation and notes: the whole cell back to new. */
  clear(): this {
    return this.write(this.fill(null), (cell) => Object.assign(cell, emptyCell()));
  }
  clearContent(): this {
    return this.write(this.fill(null), (cell) => Object.assign(cell, { value: "", formula: "", link: "" }));
  }
  clearFormat(): this {
    const blank = emptyCell();
    return this.write(this.fill(null), (cell) => Object.assign(cell, { numberFormat: blank.numberFormat, background: blank.background, fontWeight: blank.fontWeight }));
  }

  activate(): this {
    this.wb.activeSheetId = this.sheetData.id;
    this.sheetData.activeRange = { ...this.rect };
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows = this.rect.numRows, numColumns = this.rect.numCols): FakeRange {
    const rect = { row: this.rect.row + rowOffset, col: this.rect.col + columnOffset, numRows, numCols: numColumns };
    checkRect(this.sheetData, rect);
    return wrapRange(this.exec, this.sheetData, rect);
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) throw new Error("Cell reference out of range");
    return wrapRange(this.exec, this.sheetData, { row: this.rect.row + row - 1, col: this.rect.col + column - 1, numRows: 1, numCols: 1 });
  }
}
