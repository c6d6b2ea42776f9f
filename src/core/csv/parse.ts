import { CSV_MESSAGES } from "../messages/csv";
import { columnLetter, type Table } from "../table";
import { splitRecords } from "./records";
import type { CsvProblem, CsvReadResult, Delimiter } from "./types";

/** In order of preference on a tie: a comma is the likeliest to be typed inside a header. */
const DELIMITERS: readonly Delimiter[] = ["\t", ";", ","];

/** The header record: up to the first line break outside quotes. */
function headerLine(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text;
}

/**
 * The delimiter is decided on the header alone: data cells hold decimal commas (`8,4 km`) and
 * lists (`Aubière, Romagnat`), typed headers seldom do. The most frequent candidate outside
 * quotes wins; undefined when there is none (a one-column file, or not a table at all).
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const line = headerLine(text).replace(/"[^"]*"/g, "");
  let best: Delimiter | undefined;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = line.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function lineEndingOf(text: string): CsvReadResult["lineEnding"] {
  const header = headerLine(text);
  if (header.length === text.length) return "";
  if (text[header.length] === "\r") return text[header.length + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}

function headerProblems(header: readonly string[]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim();
    const column = i + 1;
    if (name === "") {
      problems.push({ code: "empty-header", severity: "warning", row: 1, column, message: CSV_MESSAGES.emptyHeader(columnLetter(column)) });
      return;
    }
    const first = seen.get(name);
    if (first === undefined) seen.set(name, column);
    else
      problems.push({
        code: "duplicate-header",
        severity: "error",
        row: 1,
        column,
        message: CSV_MESSAGES.duplicateHeader(name, columnLetter(column), columnLetter(first)),
      });
  });
  return problems;
}

/**
 * Reads CSV text into a table of text cells (a CSV has no types: `63014` stays a code).
 * Rows are kept as they are, ragged or blank, for the validator to report.
 */
export function parseCsv(text: string, delimiter?: Delimiter): CsvReadResult {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const empty: Table = { header: [], rows: [] };
  const fileProblem = (code: "empty-file" | "binary" | "no-delimiter", message: string): CsvReadResult => ({
    table: empty,
    delimiter: delimiter ?? ",",
    lineEnding: lineEndingOf(body),
    bom,
    problems: [{ code, severity: "error", row: 0, column: 0, message }],
  });
  if (body.trim() === "") return fileProblem("empty-file", CSV_MESSAGES.emptyFile());
  if (body.indexOf("\u0000") >= 0) return fileProblem("binary", CSV_MESSAGES.binary());
  const used = delimiter ?? detectDelimiter(body);
  if (used === undefined) return fileProblem("no-delimiter", CSV_MESSAGES.noDelimiter());

  const { records, strayQuotes, unclosedAt } = splitRecords(body, used);
  const problems: CsvProblem[] = [];
  const header = records.length > 0 ? records[0] : [];
  problems.push(...headerProblems(header));
  for (const q of strayQuotes)
    problems.push({ code: "invalid-quote", severity: "warning", row: q.row, column: q.column, message: CSV_MESSAGES.invalidQuote(q.row, columnLetter(q.column)) });
  if (unclosedAt !== undefined)
    problems.push({ code: "unclosed-quote", severity: "error", row: unclosedAt, column: 0, message: CSV_MESSAGES.unclosedQuote(unclosedAt) });
  return { table: { header, rows: records.slice(1) }, delimiter: used, lineEnding: lineEndingOf(body), bom, problems };
}
