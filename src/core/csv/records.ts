/**
 * RFC 4180 records, written by hand rather than with papaparse so that the core keeps no
 * dependency (and no Node typings) and every malformed quote is reported with its row.
 * Lenient where spreadsheets are: CRLF, LF or a lone CR end a record; a quote inside an
 * unquoted cell is text.
 */

export interface RecordsResult {
  readonly records: string[][];
  /** Cells (1-based record and column) where text followed a closing quote. */
  readonly strayQuotes: readonly { readonly row: number; readonly column: number }[];
  /** Record number (1-based) where a quote was opened and never closed. */
  readonly unclosedAt?: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function splitRecords(text: string, delimiter: string): RecordsResult {
  const d = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const strayQuotes: { row: number; column: number }[] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cell = "";
    const quoted = text.charCodeAt(i) === QUOTE;
    if (quoted) {
      const opened = records.length + 1;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return { records, strayQuotes, unclosedAt: opened };
        cell += text.slice(i, close);
        i = close + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        cell += '"';
        i++;
      }
    }
    // Unquoted text, or what follows a closing quote up to the end of the cell.
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === d || c === CR || c === LF) break;
      end++;
    }
    if (quoted && end > i) strayQuotes.push({ row: records.length + 1, column: record.length + 1 });
    cell += text.slice(i, end);
    record.push(cell);
    i = end;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter ending the text still opens one last, empty cell.
      if (i === n) record.push("");
      continue;
    }
    if (c === CR || c === LF) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      records.push(record);
      record = [];
    }
  }
  if (record.length > 0) records.push(record);
  return { records, strayQuotes };
}
