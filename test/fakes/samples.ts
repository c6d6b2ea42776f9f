// The project's sample CSVs as tabs of a French spreadsheet, typed in as a person pasting them.
// Files are read with the command line's own decoding and the core's CSV reader, tested on their own.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { decodeBytes } from "../../src/cli/decode";
import { parseCsv } from "../../src/core/csv";
import { createWorkbook, type SheetSpec } from "./build";
import type { Workbook } from "./workbook";

export const SAMPLES_DIR = resolve(__dirname, "../../samples");

/** Header and rows as text, short rows padded: a sheet is a rectangle. */
export function readCsvRows(text: string): string[][] {
  const { table } = parseCsv(text);
  const rows = [table.header, ...table.rows].map((r) => r.map(String));
  while (rows.length && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

export function sampleSheet(path: string): SheetSpec {
  return { name: basename(path, ".csv"), values: readCsvRows(decodeBytes(readFileSync(path)).text), typed: true };
}

export function loadSampleWorkbook(dir = SAMPLES_DIR): Workbook {
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort();
  return createWorkbook({ name: "Données touristiques (exemples)", sheets: files.map((f) => sampleSheet(join(dir, f))) });
}
