// createGasGlobals: a fresh set of Apps Script globals over an in-memory workbook, for gas-local.
import { AuthMode, FakeSpreadsheetApp } from "./app";
import { createWorkbook } from "./build";
import { CallCounter, counted } from "./calls";
import { clockedDate, SimClock, type ClockOptions } from "./clock";
import { checkAuth, emptyUiLog, type AuthModeName, type Execution, type UiLog } from "./context";
import { FakeHtmlService } from "./html";
import { FakeLockService } from "./lock";
import { FakePropertiesService } from "./properties";
import { FakeSession, FakeUtilities, loggers } from "./utilities";
import type { Workbook } from "./workbook";

export { createWorkbook, type SheetSpec, type WorkbookSpec } from "./build";
export { loadSampleWorkbook } from "./samples";
export { Workbook } from "./workbook";
export { EXECUTION_LIMIT_MESSAGE } from "./clock";
export { LOCK_TIMEOUT_MESSAGE } from "./lock";
export type { UiLog, MenuItem, MenuRecord } from "./context";

export interface GasGlobalsOptions extends ClockOptions {
  /** Share one workbook (and its locks and properties) between several globals: several people. */
  workbook?: Workbook;
  /** Where createHtmlOutputFromFile finds `<name>.html` (e.g. "dist"); none by default. */
  htmlDir?: string;
  /** Email of the person running the code (default "agent@clermontmetropole.example"). */
  user?: string;
  /** Session.getScriptTimeZone (default Europe/Paris, as in appsscript.json). */
  scriptTimeZone?: string;
  authMode?: AuthModeName;
}

export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: { AuthMode: typeof AuthMode };
  Logger: { log(...args: unknown[]): unknown; getLog(): string; clear(): void };
  console: Pick<Console, "log" | "info" | "warn" | "error" | "debug">;
  /** `Date.now()` and `new Date()` read the simulated clock. */
  Date: DateConstructor;
}

export interface FakeState {
  workbook: Workbook;
  calls: CallCounter;
  clock: SimClock;
  ui: UiLog;
  logs: string[];
  /** Change the authorisation mode of later calls (an add-on's first onOpen runs in NONE). */
  setAuthMode(mode: AuthModeName): void;
  /** The execution ends (even killed at the time limit): Apps Script releases the locks it held. */
  endExecution(): void;
}

let executions = 0;

export function createGasGlobals(options: GasGlobalsOptions = {}): { globals: GasGlobals; state: FakeState } {
  const exec: Execution = {
    id: ++executions,
    workbook: options.workbook ?? createWorkbook(),
    ui: emptyUiLog(),
    user: options.user ?? "agent@clermontmetropole.example",
    htmlDir: options.htmlDir ?? null,
    logs: [],
    calls: new CallCounter(),
    clock: new SimClock(options),
    authMode: options.authMode ?? "FULL",
    guard: (name) => checkAuth(exec, name),
  };
  const { Logger, console } = loggers(exec);
  const cast = <T>(x: unknown) => x as T;
  const globals: GasGlobals = {
    SpreadsheetApp: cast(counted(exec, "SpreadsheetApp", new FakeSpreadsheetApp(exec))),
    HtmlService: cast(counted(exec, "HtmlService", new FakeHtmlService(exec))),
    PropertiesService: cast(counted(exec, "PropertiesService", new FakePropertiesService(exec))),
    LockService: cast(counted(exec, "LockService", new FakeLockService(exec))),
    Utilities: cast(counted(exec, "Utilities", new FakeUtilities(exec))),
    Session: cast(counted(exec, "Session", new FakeSession(exec, options.scriptTimeZone ?? "Europe/Paris"))),
    ScriptApp: { AuthMode },
    Logger,
    console,
    Date: clockedDate(exec.clock),
  };
  const state: FakeState = {
    workbook: exec.workbook,
    calls: exec.calls,
    clock: exec.clock,
    ui: exec.ui,
    logs: exec.logs,
    setAuthMode: (mode) => void (exec.authMode = mode),
    endExecution: () => {
      for (const [scope, holder] of exec.workbook.locks.holders) if (holder === exec.id) exec.workbook.locks.holders.delete(scope);
    },
  };
  return { globals, state };
}
