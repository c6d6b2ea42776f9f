import { byId, replaceChildren, el } from "./dom";
import { callServer } from "./server";
import { renderSheetInfo } from "./sheetInfo";

const status = byId<HTMLElement>("status");
const info = byId<HTMLElement>("sheet-info");
const refresh = byId<HTMLButtonElement>("refresh");

function showError(error: Error): void {
  replaceChildren(status, el("p", { className: "error" }, error.message));
}

async function loadSheetInfo(): Promise<void> {
  refresh.disabled = true;
  replaceChildren(status, el("p", { className: "secondary" }, "Lecture de l'onglet…"));
  try {
    renderSheetInfo(info, await callServer("getActiveSheetInfo"));
    replaceChildren(status);
  } catch (error) {
    showError(error as Error);
  } finally {
    refresh.disabled = false;
  }
}

refresh.addEventListener("click", () => void loadSheetInfo());
void loadSheetInfo();
