// Spreadsheet: the file the add-on is open in.
import { parseA1 } from "./a1";
import { counted } from "./calls";
import type { Execution } from "./context";
import { addMetadata, metadataOf } from "./metadata";
import { rangeFromA1, wrapRange, type FakeRange } from "./range";
import { wrapSheet, type FakeSheet } from "./sheet";

export function wrapSpreadsheet(exec: Execution): FakeSpreadsheet {
  return counted(exec, "Spreadsheet", new FakeSpreadsheet(exec));
}

export class FakeSpreadsheet {
  constructor(private readonly exec: Execution) {}

  private get wb() {
    return this.exec.workbook;
  }

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: string): void {
    this.wb.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  getSheets(): FakeSheet[] {
    return this.wb.sheets.map((s) => wrapSheet(this.exec, s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    const s = this.wb.sheetByName(name);
    return s ? wrapSheet(this.exec, s) : null;
  }
  getActiveSheet(): FakeSheet {
    return wrapSheet(this.exec, this.wb.activeSheet());
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.wb.activeSheetId = sheet.data.id;
    return wrapSheet(this.exec, sheet.data);
  }
  getActiveRange(): FakeRange {
    const s = this.wb.activeSheet();
    return wrapRange(this.exec, s, s.activeRange);
  }
  /** `sheetIndex` is 0-based here, unlike Sheet.getIndex(); the new sheet becomes active. */
  insertSheet(sheetName?: string | number, sheetIndex?: number): FakeSheet {
    const [name, index] = typeof sheetName === "number" ? [undefined, sheetName] : [sheetName, sheetIndex];
    const s = this.wb.addSheet(name, index);
    this.wb.activeSheetId = s.id;
    return wrapSheet(this.exec, s);
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this.wb.sheets.indexOf(sheet.data);
    if (i < 0) throw new Error("Sheet not found");
    if (this.wb.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.wb.sheets.splice(i, 1);
    this.wb.metadata.splice(0, this.wb.metadata.length, ...this.wb.metadata.filter((m) => m.sheetId !== sheet.data.id));
    if (this.wb.activeSheetId === sheet.data.id) this.wb.activeSheetId = (this.wb.sheets[Math.max(0, i - 1)] ?? this.wb.activeSheet()).id;
  }
  /** `Feuille!A1:B2`, or a reference on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const ref = parseA1(a1Notation);
    const sheet = ref?.sheetName == null ? this.wb.activeSheet() : this.wb.sheetByName(ref.sheetName);
    if (!ref || !sheet) throw new Error("Range not found");
    return rangeFromA1(this.exec, sheet, ref);
  }
  /** Default timeout 5 s, as documented; -1 keeps the toast until closed. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.exec.ui.toasts.push({ message: String(msg), title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5 });
  }
  getDeveloperMetadata() {
    return metadataOf(this.exec, null);
  }
  addDeveloperMetadata(key: string, value?: string): this {
    addMetadata(this.exec, null, key, value);
    return this;
  }
}
