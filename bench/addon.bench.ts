// The add-on in the sheet: the built dist/Code.js under gas-local over the fakes, on a 10,000-row
// randonnée tab (20 columns as people type them): service calls and Node time of standardise and
// of validate. Apps Script's own speed is not measured here (no machine reaches Google).
import { join } from "path";
import { createGasGlobals, createWorkbook } from "../test/fakes";
import type { CallCounter } from "../test/fakes/calls";
import { isSheetDate, type Cell, type SheetDate } from "../src/core/table";
import { generateRandonneeTable } from "./randonnee-data";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require("gas-local") as { require(dir: string, globals: object): Record<string, (...a: unknown[]) => unknown> };
const DIST = join(process.cwd(), "dist");
const ROWS = 10_000;

function workbook() {
  const table = generateRandonneeTable(ROWS, 7);
  const cell = (v: Cell) => (isSheetDate(v) ? new Date(`${(v as SheetDate).date}T10:00:00Z`) : v);
  return createWorkbook({ sheets: [{ name: "Randonnées", typed: true, values: [table.header.slice(), ...table.rows.map((r) => r.map(cell))] }] });
}

const total = (calls: CallCounter, filter: (name: string) => boolean) => Object.entries(calls.snapshot()).filter(([n]) => filter(n)).reduce((s, [, c]) => s + c, 0);
const isRoundTrip = (name: string) => !/^(Utilities\.formatDate|RichTextValueBuilder\.|SpreadsheetApp\.newRichTextValue)/.test(name);

const { globals, state } = createGasGlobals({ workbook: workbook(), htmlDir: DIST, executionLimitMs: Number.POSITIVE_INFINITY });
const addOn = gas.require(DIST, globals);
for (const action of ["applyStandardise", "validateTab"] as const) {
  state.calls.reset();
  const start = process.hrtime.bigint();
  addOn[action]();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${action} on ${ROWS} rows × 20 columns: ${ms.toFixed(0)} ms in Node; ${total(state.calls, isRoundTrip)} service calls ` +
      `(+ ${state.calls.count("Utilities.formatDate")} Utilities.formatDate, + ${total(state.calls, (n) => !isRoundTrip(n) && !n.startsWith("Utilities"))} rich-text builder calls)`,
  );
}
