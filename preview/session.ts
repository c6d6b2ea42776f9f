// One open spreadsheet: the sample workbook, the fakes, and the real dist/Code.js loaded once.
import { join } from "node:path";
import { createGasGlobals, loadSampleWorkbook, type FakeState, type GasGlobals } from "../test/fakes";
import { isDate } from "../test/fakes/zone";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require("gas-local") as { require(dir: string, globals: object): Record<string, unknown> };

export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

/** google.script.run cannot return Dates or functions either: fail loudly rather than differ. */
function checkTransferable(value: unknown, path = "valeur"): void {
  if (typeof value === "function" || isDate(value)) throw new Error(`google.script.run ne transmet ni Date ni fonction (${path})`);
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) checkTransferable(v, `${path}.${k}`);
}

export class PreviewSession {
  readonly state: FakeState;
  private readonly globals: GasGlobals;
  /** gas-local runs Code.js in a context made from the globals object: its functions land there too. */
  private readonly code: Record<string, unknown>;
  private readonly services: Set<string>;

  constructor(root: string) {
    const dist = join(root, "dist");
    const { globals, state } = createGasGlobals({ workbook: loadSampleWorkbook(join(root, "samples")), htmlDir: dist });
    this.globals = globals;
    this.state = state;
    this.services = new Set(Object.keys(globals));
    this.code = gasLocal.require(dist, globals);
    // Opening the file: onOpen builds the add-on's menu.
    if (typeof this.code.onOpen === "function") this.run("onOpen", [{ authMode: "FULL" }]);
  }

  /** Only the top-level functions of Code.js, never private ones (`name_`) nor the services. */
  private callable(fn: string): (...args: unknown[]) => unknown {
    const f = this.code[fn];
    if (!/^[A-Za-z$][\w$]*$/.test(fn) || fn.endsWith("_") || this.services.has(fn) || typeof f !== "function") {
      throw new Error(`Fonction serveur inconnue : ${fn}`);
    }
    return f as (...args: unknown[]) => unknown;
  }

  /** One server execution, with a fresh 6-minute budget. */
  run(fn: string, args: unknown[]): RunResult {
    this.state.clock.startExecution();
    try {
      const value = this.callable(fn)(...args);
      checkTransferable(value);
      return { ok: true, value: value === undefined ? null : value };
    } catch (e) {
      // Errors thrown in gas-local's realm are not `instanceof Error` here.
      return { ok: false, error: e && typeof e === "object" && "message" in e ? String(e.message) : String(e) };
    }
  }

  /** The person clicks a tab. */
  activate(sheetId: number): void {
    const ss = this.globals.SpreadsheetApp.getActive();
    const sheet = ss.getSheets().find((s) => s.getSheetId() === sheetId);
    if (!sheet) throw new Error(`Onglet inconnu : ${sheetId}`);
    ss.setActiveSheet(sheet);
  }

  /** The person clicks a cell. */
  select(sheetId: number, row: number, col: number): void {
    this.activate(sheetId);
    this.globals.SpreadsheetApp.getActiveSheet().getRange(row, col).activate();
  }
}
