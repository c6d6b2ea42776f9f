// Ui, Menu and the dialogs: everything shown to the person is recorded in the UI log.
import { counted } from "./calls";
import type { Execution, MenuItem } from "./context";
import type { FakeHtmlOutput } from "./html";

export const ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" } as const;
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;

const FIRST_BUTTON: Record<string, string> = { OK: "OK", OK_CANCEL: "OK", YES_NO: "YES", YES_NO_CANCEL: "YES" };

export class FakeMenu {
  readonly items: MenuItem[] = [];
  constructor(
    private readonly exec: Execution,
    private readonly name: string | null,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.items.push({ caption: menu.name ?? "", items: menu.items });
    return this;
  }
  addToUi(): void {
    // Building the menu again (onOpen runs at each opening) replaces it.
    const menus = this.exec.ui.menus.filter((m) => m.name !== this.name);
    menus.push({ name: this.name, items: this.items });
    this.exec.ui.menus.splice(0, this.exec.ui.menus.length, ...menus);
  }
}

/** (prompt), (prompt, buttons) or (title, prompt, buttons), as alert() and prompt() accept. */
function dialogArgs(args: string[]): { title: string; prompt: string; buttons: string } {
  const [a = "", b, c] = args;
  if (c !== undefined) return { title: a, prompt: b ?? "", buttons: c };
  if (b !== undefined && b in ButtonSet) return { title: "", prompt: a, buttons: b };
  return { title: b === undefined ? "" : a, prompt: b ?? a, buttons: "OK" };
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(private readonly exec: Execution) {}

  createAddonMenu(): FakeMenu {
    return counted(this.exec, "Menu", new FakeMenu(this.exec, null));
  }
  createMenu(caption: string): FakeMenu {
    return counted(this.exec, "Menu", new FakeMenu(this.exec, caption));
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.exec.ui.sidebars.push(userInterface.shown);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.exec.ui.dialogs.push({ title, content: userInterface.shown.content, modal: true });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.exec.ui.dialogs.push({ title, content: userInterface.shown.content, modal: false });
  }
  alert(...args: string[]): string {
    const d = dialogArgs(args);
    const response = this.exec.ui.responses.shift()?.button ?? FIRST_BUTTON[d.buttons] ?? "OK";
    this.exec.ui.alerts.push({ ...d, response });
    return response;
  }
  prompt(...args: string[]) {
    const d = dialogArgs(args);
    const next = this.exec.ui.responses.shift();
    const response = next?.button ?? FIRST_BUTTON[d.buttons] ?? "OK";
    const text = next?.text ?? "";
    this.exec.ui.prompts.push({ ...d, response, text });
    return { getSelectedButton: () => response, getResponseText: () => text };
  }
}
