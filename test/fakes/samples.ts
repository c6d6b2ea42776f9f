// The project's sample CSVs as tabs of a French spreadsheet, typed in as a person pasting them.
import Papa from "papaparse";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { createWorkbook, type SheetSpec } from "./build";
import type { Workbook } from "./workbook";

export const SAMPLES_DIR = resolve(__dirname, "../../samples");

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on a French Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/** From the header line: Papa's own guess gives up on ragged rows, which hand-made sheets have. */
function delimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const count = (d: string) => header.split(d).length;
  return [";", "\t", ","].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

export function readCsvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length && rows[rows.length - 1]?.every((c) => c === "")) rows.pop();
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

export function sampleSheet(path: string): SheetSpec {
  return { name: basename(path, ".csv"), values: readCsvRows(decodeCsv(readFileSync(path))), typed: true };
}

export function loadSampleWorkbook(dir = SAMPLES_DIR): Workbook {
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort();
  return createWorkbook({ name: "Données touristiques (exemples)", sheets: files.map((f) => sampleSheet(join(dir, f))) });
}
