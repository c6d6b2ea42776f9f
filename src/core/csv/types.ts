import type { Table } from "../table";

export type Delimiter = "," | ";" | "\t";

export type CsvProblemCode = "empty-file" | "binary" | "no-delimiter" | "duplicate-header" | "empty-header" | "unclosed-quote" | "invalid-quote";

export interface CsvProblem {
  readonly code: CsvProblemCode;
  /** An error means the file cannot be read as a table; a warning is worth a look. */
  readonly severity: "error" | "warning";
  /** Record number as a spreadsheet would show it (header = 1); 0 for the whole file. */
  readonly row: number;
  /** 1-based column; 0 when the problem has no column. */
  readonly column: number;
  /** French. */
  readonly message: string;
}

export interface CsvReadResult {
  readonly table: Table;
  readonly delimiter: Delimiter;
  /** Line break ending the header, "" for a file of one line. */
  readonly lineEnding: "\r\n" | "\n" | "\r" | "";
  /** A byte-order mark opened the text (Excel's "CSV UTF-8"). */
  readonly bom: boolean;
  readonly problems: readonly CsvProblem[];
}
