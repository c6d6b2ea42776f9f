/**
 * Scale: service calls that do not grow with the rows, and a tab too big for one 6-minute
 * execution processed in chunks that resume where they stopped.
 */
import { generateRandonneeTable } from "../../bench/randonnee-data";
import { isSheetDate, type Cell, type SheetDate } from "../../src/core/table";
import type { CallCounter } from "../fakes/calls";
import { createWorkbook } from "../fakes";
import { loadAddOn } from "./harness";

/** A randonnée tab of `rows` generated rows, keeping the named columns (default: all 20). */
function randonneeWorkbook(rows: number, columns?: readonly string[], typed = true) {
  const table = generateRandonneeTable(rows, 7);
  const indexes = (columns ?? table.header).map((h) => table.header.indexOf(h));
  // The generator's date cells become real Dates (10:00 UTC: the same calendar day across Europe).
  const cell = (v: unknown) => (isSheetDate(v as Cell) ? new Date(`${(v as SheetDate).date}T10:00:00Z`) : v);
  const keep = (r: readonly unknown[]) => indexes.map((i) => cell(r[i]));
  return createWorkbook({ sheets: [{ name: "Randonnées", typed, values: [keep(table.header), ...table.rows.map(keep)] as unknown[][] }] });
}

/**
 * Round trips to the spreadsheet and its stores. Left out, and said so: Utilities.formatDate
 * (a local computation, once per distinct date value) and rich-text builders (in-memory objects,
 * one per report line with a link).
 */
function roundTrips(calls: CallCounter): Record<string, number> {
  return Object.fromEntries(Object.entries(calls.snapshot()).filter(([name]) => !/^(Utilities\.formatDate|RichTextValueBuilder\.|SpreadsheetApp\.newRichTextValue)/.test(name)));
}

describe("service calls do not grow with the number of rows", () => {
  const run = (rows: number, action: "applyStandardise" | "validateTab") => {
    const { addOn, state } = loadAddOn({ workbook: randonneeWorkbook(rows) });
    if (action === "validateTab") {
      addOn.applyStandardise();
      state.calls.reset();
    }
    addOn[action]();
    return roundTrips(state.calls);
  };

  test.each(["applyStandardise", "validateTab"] as const)("%s makes the same calls on 100 and on 10,000 rows", (action) => {
    const small = run(100, action);
    const large = run(10000, action);
    // The only difference allowed: growing a grid once (history or report tab past 1,000 rows).
    const { "Sheet.insertRowsAfter": grown = 0, ...largeRest } = large;
    const { "Sheet.insertRowsAfter": _none = 0, ...smallRest } = small;
    expect(largeRest).toEqual(smallRest);
    expect(grown).toBeLessThanOrEqual(2);
    expect(Object.values(large).reduce((a, b) => a + b, 0)).toBeLessThan(80);
  });
});

describe("a tab too big for one execution", () => {
  const ROWS = 200000;
  // Identifiers, names, enums, durations, lengths with and without units, dates in several forms.
  const COLUMNS = ["N°", "Nom de la randonnée", "Pratique", "Durée", "Distance", "Date de création"];

  /** Runs applyStandardise as the sidebar does: new executions until done. */
  function standardiseToTheEnd(addOnState: ReturnType<typeof loadAddOn>, maxExecutions = 20) {
    const { addOn, state } = addOnState;
    const executions: { done: boolean; processedRows: number }[] = [];
    for (let i = 0; i < maxExecutions; i++) {
      state.clock.startExecution();
      const progress = addOn.applyStandardise() as { done: boolean; processedRows: number };
      executions.push(progress);
      if (progress.done) break;
    }
    return executions;
  }

  /** Each row's cells (value and number format) as one string: cheap to compare, short to show. */
  const cells = (workbook: ReturnType<typeof createWorkbook>) => {
    const sheet = workbook.sheetByName("Randonnées")!;
    // Array.from visits the holes of sparse rows (cells never written), which map would skip.
    return sheet.rows.map((r) => JSON.stringify(Array.from(r, (c) => (c ? [c.value, c.numberFormat] : ["", "General"]))));
  };
  /** The rows that differ (row number and both versions), the first five: a full diff of 200,000 rows would not end. */
  const differences = (a: string[], b: string[]) => {
    const rows: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length) && rows.length < 5; i++) if (a[i] !== b[i]) rows.push(`${i + 1}: ${a[i]} ≠ ${b[i]}`);
    return rows;
  };

  // One unlimited run is the reference the chunked runs must match exactly.
  let reference: string[];
  beforeAll(() => {
    const unlimited = loadAddOn({ workbook: randonneeWorkbook(ROWS, COLUMNS, false), executionLimitMs: Number.POSITIVE_INFINITY });
    expect(standardiseToTheEnd(unlimited)).toHaveLength(1);
    reference = cells(unlimited.state.workbook);
  });

  test("is standardised in several executions, each under the limit, with the same result as one unlimited run", () => {
    // Simulated cost: 0.05 ms a cell of a range call, so that a 20,000-row chunk takes about half a minute.
    const chunked = loadAddOn({ workbook: randonneeWorkbook(ROWS, COLUMNS, false), costPerCellMs: 0.05 });
    const executions = standardiseToTheEnd(chunked);
    expect(executions.length).toBeGreaterThan(1);
    expect(executions.at(-1)!.done).toBe(true);
    expect(executions.at(-1)!.processedRows).toBe(ROWS);
    expect(differences(cells(chunked.state.workbook), reference)).toEqual([]);
  });

  test("an execution killed in the middle of a chunk loses nothing, applies nothing twice, and can still be undone", () => {
    // This execution dies 90 s in, inside a chunk, as Apps Script would stop a slower one.
    const killed = loadAddOn({ workbook: randonneeWorkbook(ROWS, COLUMNS, false), costPerCellMs: 0.05, executionLimitMs: 90_000 });
    killed.state.clock.startExecution();
    expect(() => killed.addOn.applyStandardise()).toThrow(/Exceeded maximum execution time/);
    killed.state.endExecution();
    // The next executions (with more time: the limit above is only this test's way to kill one).
    const resumed = loadAddOn({ workbook: killed.state.workbook, costPerCellMs: 0.05 });
    const executions = standardiseToTheEnd(resumed);
    expect(executions.at(-1)!.done).toBe(true);
    expect(differences(cells(resumed.state.workbook), reference)).toEqual([]);
    const undone = [];
    for (let i = 0; i < 20; i++) {
      resumed.state.clock.startExecution();
      const progress = resumed.addOn.undoTabOperation() as { done: boolean; message: string };
      undone.push(progress);
      if (progress.done) break;
    }
    expect(undone.length).toBeGreaterThan(1); // reverting 200,000 rows takes more than one execution too
    expect(undone.at(-1)!.message).toMatch(/remise\(s\) comme avant la standardisation\.$/);
    expect(differences(cells(resumed.state.workbook), cells(randonneeWorkbook(ROWS, COLUMNS, false)))).toEqual([]);
  });
});
