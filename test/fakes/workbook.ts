// The in-memory workbook: sheets of cells, document metadata, properties and locks. One
// workbook can be shared by several globals objects (two people on the same file).
import { convertInput, type Stored } from "./convert";
import { DEFAULT_NUMBER_FORMAT, isDateFormat } from "./display";
import { CIRCULAR, defaultEvaluator, type FormulaEvaluator } from "./formula";
import { localeRules } from "./locale";
import type { FakeDataValidation } from "./validation";
import { dateToSerial, isDate, serialToEpoch, wallTime } from "./zone";

export const WHITE = "#ffffff";

export interface CellData {
  /** Numbers hold dates too, as serial days, shown as Dates through a date number format. */
  value: Stored;
  formula: string;
  numberFormat: string;
  background: string;
  note: string;
  validation: FakeDataValidation | null;
  fontWeight: string;
  /** Set by rich text values; "" when none. */
  link: string;
}

export function emptyCell(): CellData {
  return { value: "", formula: "", numberFormat: DEFAULT_NUMBER_FORMAT, background: WHITE, note: "", validation: null, fontWeight: "normal", link: "" };
}

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  /** null: attached to the spreadsheet; otherwise the sheet's id. */
  sheetId: number | null;
}

export class SheetData {
  rows: (CellData | undefined)[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  activeRange: Rect = { row: 1, col: 1, numRows: 1, numCols: 1 };

  constructor(
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  cell(row: number, col: number): CellData | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  cellForWrite(row: number, col: number): CellData {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= emptyCell());
  }

  private hasContent(c: CellData | undefined): boolean {
    return !!c && (c.value !== "" || c.formula !== "");
  }

  /** Last row holding a value or a formula; formats and notes do not count. */
  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1]?.some((c) => this.hasContent(c))) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) if (row) for (let c = row.length; c > last; c--) if (this.hasContent(row[c - 1])) last = c;
    return last;
  }
}

export class LockTable {
  /** Holder (an execution id) of the document and script locks, and of each user's lock. */
  readonly holders = new Map<string, number>();
}

export interface WorkbookOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
}

export class Workbook {
  readonly id: string;
  name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly sheets: SheetData[] = [];
  activeSheetId = 0;
  readonly metadata: MetadataEntry[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly locks = new LockTable();
  /** Replace to compute formulas differently (the default knows a few functions). */
  evaluateFormula: FormulaEvaluator = defaultEvaluator;
  private nextSheetId = 0;
  private nextMetadataId = 1;

  constructor(options: WorkbookOptions = {}) {
    this.id = options.id ?? "1FakeSpreadsheetId0000000000000000000000000";
    this.name = options.name ?? "Données touristiques";
    this.timeZone = options.timeZone ?? "Europe/Paris";
    this.locale = options.locale ?? "fr_FR";
  }

  addSheet(name: string | undefined, index = this.sheets.length): SheetData {
    const sheetName = name ?? this.freeSheetName();
    if (this.sheetByName(sheetName)) throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    // Sheets gives the first sheet id 0 and random ids afterwards; increasing ids are enough here.
    const sheet = new SheetData(sheetName, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  private freeSheetName(): string {
    const base = localeRules(this.locale).defaultSheetName;
    let n = this.sheets.length + 1;
    while (this.sheetByName(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetData {
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error("The spreadsheet has no sheet.");
    return sheet;
  }

  addMetadata(key: string, value: string | null, sheetId: number | null): MetadataEntry {
    const entry = { id: this.nextMetadataId++, key, value, sheetId };
    this.metadata.push(entry);
    return entry;
  }

  /** What getValue returns: formulas computed, date-formatted numbers as Dates. */
  readValue(sheet: SheetData, row: number, col: number): Stored | Date {
    const c = sheet.cell(row, col);
    if (!c) return "";
    const v = this.computed(sheet, row, col, new Set());
    return typeof v === "number" && isDateFormat(c.numberFormat) ? new Date(serialToEpoch(v, this.timeZone)) : v;
  }

  /** The stored value, or the formula's result (dates as serial numbers). */
  computed(sheet: SheetData, row: number, col: number, visiting: Set<string>): Stored {
    const c = sheet.cell(row, col);
    if (!c) return "";
    if (!c.formula) return c.value;
    const key = `${sheet.id}:${row}:${col}`;
    if (visiting.has(key)) return CIRCULAR;
    visiting.add(key);
    try {
      return this.evaluateFormula(c.formula, {
        cell: (name, r, k) => {
          const target = name === null ? sheet : this.sheetByName(name);
          return target ? this.computed(target, r, k, visiting) : "#REF!";
        },
        extent: (name) => {
          const target = name === null ? sheet : this.sheetByName(name);
          return { rows: target?.lastRow() ?? 0, cols: target?.lastColumn() ?? 0 };
        },
      });
    } finally {
      visiting.delete(key);
    }
  }

  /** setValue: what Sheets stores for a value written by a script (or typed, for strings). */
  write(sheet: SheetData, row: number, col: number, input: unknown, now: number): void {
    const c = sheet.cellForWrite(row, col);
    c.formula = "";
    c.link = "";
    if (input === null || input === undefined || input === "") {
      c.value = "";
    } else if (isDate(input)) {
      const epoch = input.getTime();
      c.value = dateToSerial(epoch, this.timeZone);
      if (!isDateFormat(c.numberFormat)) {
        const midnight = Number.isInteger(c.value);
        const rules = localeRules(this.locale);
        c.numberFormat = midnight ? rules.dateFormat : rules.dateTimeFormat;
      }
    } else if (typeof input === "number" || typeof input === "boolean") {
      c.value = input;
    } else {
      const converted = convertInput(String(input), {
        locale: this.locale,
        numberFormat: c.numberFormat,
        currentYear: wallTime(now, this.timeZone).year,
      });
      c.value = converted.value;
      c.formula = converted.formula ?? "";
      const fmt = converted.numberFormat;
      if (fmt && (c.numberFormat === DEFAULT_NUMBER_FORMAT || isDateFormat(fmt) !== isDateFormat(c.numberFormat))) c.numberFormat = fmt;
    }
  }
}
