import type { ProgressView, TabState } from "../src/core/api";
import { byId, el, option, replaceChildren } from "./dom";
import { renderMapping } from "./mapping";
import { renderPlan } from "./plan";
import { callServer } from "./server";
import { renderSheetInfo } from "./sheetInfo";
import { run, showDone } from "./status";
import { renderValidation } from "./validation";

const sections = {
  info: byId<HTMLElement>("sheet-info"),
  mapping: byId<HTMLElement>("mapping"),
  plan: byId<HTMLElement>("plan"),
  validation: byId<HTMLElement>("validation"),
  operations: byId<HTMLElement>("operations"),
  template: byId<HTMLElement>("template"),
};
const templateSchema = byId<HTMLSelectElement>("template-schema");

const selectCell = (row: number, column: number) => void callServer("selectCell", row, column).catch(() => undefined);

function render(state: TabState): void {
  renderSheetInfo(sections.info, state.sheet);
  renderMapping(sections.mapping, state, (schemaId, mapping, hours) => void saveSettings(schemaId, mapping, hours));
  const mapped = state.mapping.filter((m) => m.field !== null).length;
  byId("mapping-summary").textContent = `Schéma et correspondance : ${mapped} / ${state.mapping.length} colonne(s) associée(s)`;
  // Open it when a person has something to decide: no schema, or required fields without a column.
  if (state.schemaId === null || state.problems.length > 0) byId<HTMLDetailsElement>("mapping-block").open = true;
  const last = state.lastOperation;
  replaceChildren(
    sections.operations,
    el("p", { className: "secondary small" }, last ? `Dernière opération : ${last.label} (${last.cells} cellule(s)), ${last.at}` : "Aucune opération à annuler sur cet onglet."),
    ...(state.pendingJob ? [el("p", { className: "warning small" }, state.pendingJob.message)] : []),
  );
  byId<HTMLButtonElement>("undo").hidden = !last;
  byId<HTMLButtonElement>("clear-marks").hidden = !state.hasMarks;
  if (templateSchema.options.length === 0) for (const s of state.schemas) templateSchema.appendChild(option(s.id, s.title, s.id === state.schemaId));
  if (state.focus === "template") sections.template.scrollIntoView();
}

async function refresh(): Promise<void> {
  const state = await run("Lecture de l'onglet…", () => callServer("getTabState"));
  if (state) render(state);
}

async function saveSettings(schemaId: string, mapping: Record<string, string | null>, hoursPerDay: number | null): Promise<void> {
  const state = await run("Enregistrement…", () => callServer("saveTabSettings", schemaId, mapping, hoursPerDay));
  if (state) {
    render(state);
    showDone("Correspondance enregistrée pour cet onglet.");
  }
}

async function preview(): Promise<void> {
  const plan = await run("Calcul des changements…", () => callServer("previewStandardise"));
  if (plan) renderPlan(sections.plan, plan, selectCell);
}

/** Runs a long action in as many server calls as needed: each stops before Apps Script's 6-minute limit. */
async function untilDone(busy: string, action: () => Promise<ProgressView>, clear: HTMLElement[]): Promise<void> {
  let progress = await run(`${busy}…`, action);
  while (progress && !progress.done) {
    const { processedRows, totalRows } = progress;
    progress = await run(`${busy}… ${processedRows} / ${totalRows} lignes`, action);
  }
  if (progress) {
    clear.forEach((c) => replaceChildren(c));
    await refresh();
    showDone(progress.message);
  }
}

async function validate(): Promise<void> {
  const view = await run("Validation…", () => callServer("validateTab"));
  if (view) {
    renderValidation(sections.validation, view, selectCell);
    await refresh();
  }
}

async function simple(busy: string, action: () => Promise<string>, clear: HTMLElement[]): Promise<void> {
  const message = await run(busy, action);
  if (message !== undefined) {
    clear.forEach((c) => replaceChildren(c));
    await refresh();
    showDone(message);
  }
}

byId("refresh").addEventListener("click", () => void refresh());
byId("preview").addEventListener("click", () => void preview());
byId("apply").addEventListener("click", () => void untilDone("Application des changements", () => callServer("applyStandardise"), [sections.plan]));
byId("validate").addEventListener("click", () => void validate());
byId("clear-marks").addEventListener("click", () => void simple("Effacement des marques…", () => callServer("clearTabMarks"), [sections.validation]));
byId("undo").addEventListener("click", () => void untilDone("Annulation", () => callServer("undoTabOperation"), [sections.plan, sections.validation]));
byId("create-template").addEventListener("click", () => void simple("Création de l'onglet modèle…", () => callServer("createTemplate", templateSchema.value), []));
void refresh();
