import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createGasGlobals, loadSampleWorkbook, type GasGlobalsOptions } from "../fakes";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require("gas-local") as { require(dir: string, globals: object): Record<string, unknown> };

export const ROOT = join(__dirname, "../..");
export const DIST = join(ROOT, "dist");

/** `npm test` builds first; a lone `npx jest` builds here. */
export function ensureBuilt(): void {
  if (!existsSync(join(DIST, "Code.js"))) execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "ignore" });
}

/** The server functions of the built add-on, as Apps Script would call them by name. */
export type AddOn = Record<string, (...args: unknown[]) => unknown>;

/**
 * Loads the real dist/Code.js with gas-local over fresh fakes: one call of this is one execution
 * of the add-on (a fresh global scope), on the given workbook or the sample workbook.
 */
export function loadAddOn(options: GasGlobalsOptions = {}) {
  ensureBuilt();
  const { globals, state } = createGasGlobals({ htmlDir: DIST, workbook: options.workbook ?? loadSampleWorkbook(), ...options });
  const addOn = gas.require(DIST, globals) as unknown as AddOn;
  state.calls.reset();
  return { addOn, state, globals };
}

/** The person clicks on a tab. */
export function activate(state: { workbook: { sheetByName(n: string): { id: number } | undefined; activeSheetId: number } }, name: string): void {
  const sheet = state.workbook.sheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  state.workbook.activeSheetId = sheet.id;
}
