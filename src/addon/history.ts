/**
 * What is needed to revert the last operation of each tab, since Ctrl+Z does not reliably undo a
 * script's edits. Records live in a hidden tab (one line per changed sheet row, its cells as JSON):
 * document properties hold 500 KB at most, far less than a large standardisation needs. The
 * operation's summary (id, kind, date) lives in document properties.
 */

import { ensureSize } from "./sheetSize";
import { tabStore } from "./tabStore";

const HISTORY_SHEET = "Mise en qualité – historique";
const HEADER = ["operation", "onglet", "type", "ligne", "cellules"];

export type OperationKind = "standardise" | "marks";

/** A cell's stored state: a value (Dates as {d: epoch ms}), a number format, a background, a note. */
export interface StoredState {
  readonly v?: string | number | boolean | { readonly d: number };
  readonly f?: string;
  readonly bg?: string;
  readonly n?: string;
}

export interface CellRecord {
  /** 1-based column. */
  readonly c: number;
  readonly before: StoredState;
  readonly after: StoredState;
}

export interface RowRecord {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: readonly CellRecord[];
}

export interface OperationSummary {
  readonly id: string;
  readonly kind: OperationKind;
  /** ISO instant, to tell which operation of a tab is the last one. */
  readonly at: string;
  readonly cells: number;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Collects cell records row by row, as the history stores them. */
export class RowRecords {
  private readonly byRow = new Map<number, CellRecord[]>();

  add(row: number, cell: CellRecord): void {
    const cells = this.byRow.get(row);
    if (cells) cells.push(cell);
    else this.byRow.set(row, [cell]);
  }

  list(): RowRecord[] {
    return [...this.byRow.entries()].map(([row, cells]) => ({ row, cells }));
  }
}

type Operations = Partial<Record<OperationKind, OperationSummary>>;
const operations = tabStore<Operations>("mq.operations");

export function operationsOf(sheetId: number): Operations {
  return operations.read(sheetId) ?? {};
}

function saveOperations(sheetId: number, ops: Operations): void {
  if (Object.keys(ops).length === 0) operations.clear(sheetId);
  else operations.save(sheetId, ops);
}

/** The most recent operation of a tab, of any kind. */
export function lastOperation(sheetId: number): OperationSummary | undefined {
  const ops = Object.values(operationsOf(sheetId)).filter((o): o is OperationSummary => o !== undefined);
  return ops.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
}

function historySheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(HISTORY_SHEET);
  if (existing) return existing;
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(HISTORY_SHEET);
  // Plain text everywhere: the JSON records must never be read as numbers, dates or formulas.
  sheet.getRange(1, 1, sheet.getMaxRows(), HEADER.length).setNumberFormat("@");
  sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
  sheet.hideSheet();
  active.activate(); // insertSheet activates the new tab: the person stays where they were.
  return sheet;
}

/** All history lines but those of one operation (to replace or forget it). */
function linesWithout(sheet: GoogleAppsScript.Spreadsheet.Sheet, operationId: string): string[][] {
  const values = sheet.getDataRange().getValues() as string[][];
  return values.slice(1).filter((line) => line[0] !== operationId);
}

function rewrite(sheet: GoogleAppsScript.Spreadsheet.Sheet, lines: string[][]): void {
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, HEADER.length).clearContent();
  if (lines.length === 0) return;
  ensureSize(sheet, lines.length + 1, HEADER.length);
  sheet.getRange(2, 1, lines.length, HEADER.length).setValues(lines);
}

/**
 * Starts a new operation of a kind on a tab, forgetting the previous one of that kind
 * (only the last can be reverted). Returns its id.
 */
export function beginOperation(ss: Spreadsheet, sheetId: number, kind: OperationKind, id: string, at: string): void {
  const ops = operationsOf(sheetId);
  const previous = ops[kind];
  if (previous) {
    const sheet = historySheet(ss);
    rewrite(sheet, linesWithout(sheet, previous.id));
  }
  ops[kind] = { id, kind, at, cells: 0 };
  saveOperations(sheetId, ops);
}

/** Appends the records of some rows (one batch write), for operations done in several chunks. */
export function appendRecords(ss: Spreadsheet, sheetId: number, kind: OperationKind, records: readonly RowRecord[]): void {
  if (records.length === 0) return;
  const ops = operationsOf(sheetId);
  const op = ops[kind];
  if (!op) throw new Error(`Aucune opération « ${kind} » en cours sur l'onglet ${sheetId}`);
  const sheet = historySheet(ss);
  const lines = records.map((r) => [op.id, String(sheetId), kind, String(r.row), JSON.stringify(r.cells)]);
  const first = sheet.getLastRow() + 1;
  ensureSize(sheet, first + lines.length - 1, HEADER.length);
  sheet.getRange(first, 1, lines.length, HEADER.length).setValues(lines);
  ops[kind] = { ...op, cells: op.cells + records.reduce((n, r) => n + r.cells.length, 0) };
  saveOperations(sheetId, ops);
}

export function readRecords(ss: Spreadsheet, operationId: string): RowRecord[] {
  const sheet = ss.getSheetByName(HISTORY_SHEET);
  if (!sheet) return [];
  return (sheet.getDataRange().getValues() as string[][])
    .slice(1)
    .filter((line) => line[0] === operationId)
    .map((line) => ({ row: Number(line[3]), cells: JSON.parse(line[4]) as CellRecord[] }));
}

/** Forgets an operation once it has been reverted (or its marks cleared). */
export function forgetOperation(ss: Spreadsheet, sheetId: number, kind: OperationKind): void {
  const ops = operationsOf(sheetId);
  const op = ops[kind];
  if (!op) return;
  const sheet = ss.getSheetByName(HISTORY_SHEET);
  if (sheet) rewrite(sheet, linesWithout(sheet, op.id));
  delete ops[kind];
  saveOperations(sheetId, ops);
}
