import type { PlanPreview, ProgressView } from "../core/api";
import { STANDARDISE_UI } from "../core/messages/addon";
import { columnDecisions, standardise } from "../core/standardise";
import type { Change } from "../core/standardise/types";
import { a1Name, cellText, isSheetDate } from "../core/table";
import type { Cell, SheetDate, Table } from "../core/table";
import { formatFor, sheetInput, writeUpdates } from "./cellWriter";
import type { CellUpdate } from "./cellWriter";
import type { StoredState } from "./history";
import { appendRecords, beginOperation, RowRecords } from "./history";
import { CHUNK_ROWS, inChunks, rowProgress } from "./chunks";
import { jobs } from "./job";
import type { Job } from "./job";
import type { Block } from "./sheetTable";
import { dateConverter, headerOf, isDate, readBlock, readSheet, toCell } from "./sheetTable";
import { tabContext } from "./tabContext";
import type { TabContext } from "./tabContext";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const EXAMPLES_PER_RULE = 3;

/** A Sheets date cell turned into text looks unchanged once printed: say it was a date cell. */
const display = (value: Cell) => (isSheetDate(value) ? STANDARDISE_UI.dateCell(value.date) : cellText(value));
const REVIEW_SHOWN = 30;

function requireContext(sheet: Sheet, header: readonly string[]): TabContext {
  const ctx = tabContext(sheet.getSheetId(), header);
  if (!ctx) throw new Error(STANDARDISE_UI.noSchema);
  return ctx;
}

const isFormula = (block: Block, row: number, column: number) => block.formulas[row - block.firstRow][column - block.firstColumn] !== "";

/** The plan for the tab's first rows, grouped by rule for the sidebar: nothing is written. */
export function previewPlan(sheet: Sheet): PlanPreview {
  const { table, block } = readSheet(sheet, CHUNK_ROWS);
  const ctx = requireContext(sheet, table.header);
  const plan = standardise(table, ctx.schema, ctx.mapping, ctx.options);
  const applicable = plan.changes.filter((c) => !isFormula(block, c.row, c.column));
  const groups = new Map<string, Change[]>();
  for (const change of applicable) {
    const group = groups.get(change.rule);
    if (group) group.push(change);
    else groups.set(change.rule, [change]);
  }
  return {
    changeCount: applicable.length,
    formulaCells: plan.changes.length - applicable.length,
    groups: [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([rule, changes]) => ({
        rule,
        label: STANDARDISE_UI.ruleLabel(rule),
        count: changes.length,
        examples: changes.slice(0, EXAMPLES_PER_RULE).map((c) => ({ cell: a1Name(c.row, c.column), before: display(c.before), after: display(c.after), review: c.review === true })),
      })),
    reviewCount: plan.untouched.length,
    review: plan.untouched.slice(0, REVIEW_SHOWN).map((u) => ({ cell: a1Name(u.row, u.column), row: u.row, column: u.column, value: display(u.value), message: u.message })),
  };
}

function stored(value: unknown, format: string): StoredState {
  const v = isDate(value) ? { d: value.getTime() } : (value as string | number | boolean);
  return { v, f: format };
}

/**
 * Plans one chunk of rows and writes it: history first, then the cells, in one batch each.
 * The first chunk also carries the header row, which the plan may rewrite (`Longueur (km)` once
 * its values are in metres), and takes the column decisions (units, date order) that later chunks
 * keep: on a tab larger than one chunk, they are taken on its first CHUNK_ROWS rows.
 */
function processChunk(sheet: Sheet, job: Job, ctx: TabContext, toDate: (d: Date) => SheetDate, rows: number, columns: number): Job {
  const first = job.nextRow === 2;
  const block = first ? readBlock(sheet, 1, 1, rows + 1, columns) : readBlock(sheet, job.nextRow, 1, rows, columns);
  const data = first ? block.raw.slice(1) : block.raw;
  const table: Table = { header: job.header, rows: data.map((r) => r.map((v) => toCell(v, toDate))) };
  const decisions = first ? columnDecisions(table, ctx.schema, ctx.mapping, ctx.options) : new Map(job.decisions);
  const plan = standardise(table, ctx.schema, ctx.mapping, { ...ctx.options, decisions });
  const updates: CellUpdate[] = [];
  const records = new RowRecords();
  let formulaCells = 0;
  for (const change of plan.changes) {
    // Table row 2 is the chunk's first data row; row 1 is the header, written with the first chunk.
    if (change.row === 1 && !first) continue;
    const row = change.row === 1 ? 1 : change.row - 2 + job.nextRow;
    if (isFormula(block, row, change.column)) {
      formulaCells++;
      continue;
    }
    const r = row - block.firstRow;
    const c = change.column - 1;
    const format = formatFor(change.after, block.formats[r][c]);
    updates.push({ row, column: change.column, value: sheetInput(change.after, format), format });
    records.add(row, { c: change.column, before: stored(block.raw[r][c], block.formats[r][c]), after: { v: change.after as string | number | boolean, f: format } });
  }
  // History before the cells: if the execution dies in between, undo sees cells not yet changed and leaves them.
  appendRecords(sheet.getParent(), sheet.getSheetId(), "standardise", records.list());
  writeUpdates(sheet, block, updates);
  return { ...job, decisions: [...decisions.entries()], nextRow: job.nextRow + rows, changed: job.changed + updates.length, formulaCells: job.formulaCells + formulaCells, review: job.review + plan.untouched.length };
}

/**
 * Standardises the tab chunk by chunk until done or until the time budget is spent; the cursor
 * is kept in document properties so that the next call resumes where this one stopped. A chunk
 * interrupted before its cursor was saved is planned again: standardising is idempotent, so no
 * change is applied twice.
 */
export function applyStandardisation(sheet: Sheet, now: () => number): ProgressView {
  const started = now();
  const sheetId = sheet.getSheetId();
  const columns = Math.max(1, sheet.getLastColumn());
  const toDate = dateConverter(sheet.getParent().getSpreadsheetTimeZone());
  let job = jobs.read(sheetId);
  const header = job?.header ?? headerOf(sheet.getRange(1, 1, 1, columns).getValues()[0], toDate);
  const ctx = requireContext(sheet, header);
  // The schema was changed meanwhile: start again from the top (standardising is idempotent).
  if (job && job.schemaId !== ctx.schema.id) job = undefined;
  if (!job) {
    const at = new Date(started).toISOString();
    job = { opId: `mq-${started}-${sheetId}`, schemaId: ctx.schema.id as Job["schemaId"], header, decisions: [], nextRow: 2, lastRow: sheet.getLastRow(), changed: 0, formulaCells: 0, review: 0, at };
    beginOperation(sheet.getParent(), sheetId, "standardise", job.opId, at);
  }
  job = inChunks(
    job,
    started,
    now,
    (j) => j.nextRow <= j.lastRow,
    (j) => processChunk(sheet, j, ctx, toDate, Math.min(CHUNK_ROWS, j.lastRow - j.nextRow + 1), columns),
    (j) => jobs.save(sheetId, j),
  );
  const done = job.nextRow > job.lastRow;
  if (done) jobs.clear(sheetId);
  else jobs.save(sheetId, job);
  const rows = rowProgress(job.nextRow, job.lastRow);
  return {
    done,
    ...rows,
    changed: job.changed,
    message: done ? STANDARDISE_UI.done(job.changed, job.review, job.formulaCells) : STANDARDISE_UI.partial(rows.processedRows, rows.totalRows),
  };
}
