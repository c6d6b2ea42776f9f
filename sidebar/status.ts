import { byId, el, replaceChildren } from "./dom";

/** The one status line of the sidebar: what is running, what happened, what went wrong. */
const status = () => byId<HTMLElement>("status");

export function showBusy(text: string): void {
  replaceChildren(status(), el("p", { className: "busy" }, el("span", { className: "spinner" }), text));
}

export function showDone(text: string): void {
  replaceChildren(status(), el("p", { className: "done" }, text));
}

export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  replaceChildren(status(), el("p", { className: "error" }, message));
}

let running = false;

/** Runs one server action at a time, disabling every button meanwhile, with feedback. */
export async function run<T>(busyText: string, action: () => Promise<T>): Promise<T | undefined> {
  if (running) return undefined;
  running = true;
  document.querySelectorAll("button").forEach((b) => ((b as HTMLButtonElement).disabled = true));
  showBusy(busyText);
  try {
    const result = await action();
    replaceChildren(status());
    return result;
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    running = false;
    document.querySelectorAll("button").forEach((b) => ((b as HTMLButtonElement).disabled = false));
  }
}
