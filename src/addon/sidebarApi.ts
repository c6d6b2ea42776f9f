/**
 * The functions the sidebar calls through google.script.run. Anyone who has the sidebar can call
 * them with any arguments from the browser: each checks what it is given.
 */
import type { ServerApi } from "../core/api";
import { MARKS_UI, TEMPLATE_TAB, UI } from "../core/messages/addon";
import type { SchemaId } from "../core/schema/field";
import { isSchemaId, loadSchema } from "../core/schema/registry";
import { withDocumentLock } from "./lock";
import { clearMarksOf } from "./marks";
import { applyStandardisation, previewPlan } from "./standardiseOp";
import { takeSidebarFocus } from "./sidebar";
import { saveTabSettings as saveSettings } from "./tabSettings";
import { tabState } from "./tabState";
import { createTemplateTab } from "./templateTab";
import { undoLast } from "./undoOp";
import { validateSheet } from "./validateOp";

const activeSheet = () => SpreadsheetApp.getActiveSheet();

function checkedSchemaId(value: unknown): SchemaId {
  if (typeof value !== "string" || !isSchemaId(value)) throw new Error(UI.badArgument("schéma"));
  return value;
}

export const getTabState: ServerApi["getTabState"] = () => tabState(activeSheet(), takeSidebarFocus());

export const saveTabSettings: ServerApi["saveTabSettings"] = (schemaId, mapping, hoursPerDay) => {
  const id = checkedSchemaId(schemaId);
  if (typeof mapping !== "object" || mapping === null) throw new Error(UI.badArgument("correspondance"));
  const clean: Record<string, string | null> = {};
  for (const [header, field] of Object.entries(mapping)) {
    if (field !== null && typeof field !== "string") throw new Error(UI.badArgument("correspondance"));
    clean[String(header)] = field;
  }
  const hours = hoursPerDay ?? undefined;
  if (hours !== undefined && (typeof hours !== "number" || !(hours > 0 && hours <= 24))) throw new Error(UI.badArgument("heures par jour"));
  const sheet = activeSheet();
  saveSettings(sheet.getSheetId(), { schemaId: id, mapping: clean, ...(hours !== undefined ? { hoursPerDay: hours } : {}) });
  return tabState(sheet, null);
};

export const previewStandardise: ServerApi["previewStandardise"] = () => previewPlan(activeSheet());

export const applyStandardise: ServerApi["applyStandardise"] = () => withDocumentLock(() => applyStandardisation(activeSheet(), () => Date.now()));

export const validateTab: ServerApi["validateTab"] = () => withDocumentLock(() => validateSheet(activeSheet(), () => Date.now()));

export const selectCell: ServerApi["selectCell"] = (row, column) => {
  const sheet = activeSheet();
  const ok = (n: unknown, max: number) => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= max;
  if (!ok(row, sheet.getMaxRows()) || !ok(column, sheet.getMaxColumns())) throw new Error(UI.badArgument("cellule"));
  sheet.getRange(row, column).activate();
};

export const clearTabMarks: ServerApi["clearTabMarks"] = () =>
  withDocumentLock(() => {
    const result = clearMarksOf(activeSheet());
    return result.marked ? MARKS_UI.cleared(result.marked, result.keptChanges) : MARKS_UI.none;
  });

export const undoTabOperation: ServerApi["undoTabOperation"] = () => withDocumentLock(() => undoLast(activeSheet(), () => Date.now()));

export const createTemplate: ServerApi["createTemplate"] = (schemaId) => {
  const schema = loadSchema(checkedSchemaId(schemaId));
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const base = TEMPLATE_TAB.defaultName(schema.title);
    let name = base;
    for (let i = 2; ss.getSheetByName(name); i++) name = `${base} (${i})`;
    const sheet = createTemplateTab(ss, schema, name);
    saveSettings(sheet.getSheetId(), { schemaId: schema.id as SchemaId, mapping: {} });
    return TEMPLATE_TAB.created(name);
  });
};
