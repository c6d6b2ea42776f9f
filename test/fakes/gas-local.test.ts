import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGasGlobals, createWorkbook } from "./index";

// gas-local runs every .js of a folder in a vm context made from the globals object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require("gas-local") as { require(dir: string, globals: object): Record<string, (...a: unknown[]) => unknown> };

function load(code: string, globals: object) {
  const dir = mkdtempSync(join(tmpdir(), "mq-gas-"));
  writeFileSync(join(dir, "Code.js"), code);
  return gasLocal.require(dir, globals);
}

const CODE = `
function readFirstDate() {
  var v = SpreadsheetApp.getActiveSheet().getRange("A1").getValue();
  return { isDate: v instanceof Date, tag: Object.prototype.toString.call(v), iso: Utilities.formatDate(v, "Europe/Paris", "yyyy-MM-dd") };
}
function stamp() {
  SpreadsheetApp.getActiveSheet().getRange("B1").setValue(new Date());
  return Date.now();
}
function writeTyped(rows) { SpreadsheetApp.getActiveSheet().getRange(1, 3, rows.length, rows[0].length).setValues(rows); }
`;

describe("loaded with gas-local", () => {
  test("Dates read by the loaded code are Dates there, whatever realm made them", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "F", values: [[new Date("2015-09-23T22:00:00Z")]] }] }) });
    const ctx = load(CODE, globals);
    expect(ctx.readFirstDate!()).toEqual({ isDate: true, tag: "[object Date]", iso: "2015-09-24" });
  });

  test("Date.now() and new Date() in the loaded code read the simulated clock", () => {
    const { globals, state } = createGasGlobals({ start: Date.UTC(2021, 0, 1), costPerCallMs: 0 });
    const ctx = load(CODE, globals);
    expect(ctx.stamp!()).toBe(Date.UTC(2021, 0, 1));
    state.clock.advance(60_000);
    expect(ctx.stamp!()).toBe(Date.UTC(2021, 0, 1, 0, 1));
    const written = state.workbook.readValue(state.workbook.activeSheet(), 1, 2) as Date;
    expect(written.getTime()).toBe(Date.UTC(2021, 0, 1, 0, 1));
  });

  test("arrays from the test's realm are written as rectangles", () => {
    const { globals, state } = createGasGlobals();
    const ctx = load(CODE, globals);
    ctx.writeTyped!([["8,8", "x"]]);
    const sheet = state.workbook.activeSheet();
    expect([state.workbook.readValue(sheet, 1, 3), state.workbook.readValue(sheet, 1, 4)]).toEqual([8.8, "x"]);
  });
});
