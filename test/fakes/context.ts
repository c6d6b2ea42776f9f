// One execution of the add-on (one globals object) and what it can observe of the user's screen.
import type { Meter } from "./calls";
import type { Workbook } from "./workbook";

export type MenuItem = { caption: string; functionName: string } | { separator: true } | { caption: string; items: MenuItem[] };

export interface MenuRecord {
  /** null for the add-on menu, whose name is the add-on's. */
  name: string | null;
  items: MenuItem[];
}

export interface UiLog {
  menus: MenuRecord[];
  sidebars: { title: string; content: string }[];
  dialogs: { title: string; content: string; modal: boolean }[];
  alerts: { title: string; prompt: string; buttons: string; response: string }[];
  prompts: { title: string; prompt: string; buttons: string; response: string; text: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  /** Answers the person gives to the next alerts or prompts (default: the first button, empty text). */
  responses: { button: string; text?: string }[];
}

export function emptyUiLog(): UiLog {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [], responses: [] };
}

export type AuthModeName = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

export interface Execution extends Meter {
  readonly id: number;
  readonly workbook: Workbook;
  readonly ui: UiLog;
  readonly user: string;
  readonly htmlDir: string | null;
  readonly logs: string[];
  /** Under NONE only menus may be built, as for an add-on not yet used in this file. */
  authMode: AuthModeName;
}

/** What may be called in AuthMode.NONE: building the add-on menu. */
const ALLOWED_WITHOUT_AUTH = /^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.\w+)$/;

export function checkAuth(exec: Execution, name: string): void {
  if (exec.authMode === "NONE" && !ALLOWED_WITHOUT_AUTH.test(name)) {
    throw new Error(`You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
  }
}
