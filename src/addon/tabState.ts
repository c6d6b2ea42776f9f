import type { OperationView, TabState } from "../core/api";
import { OPERATION_LABELS } from "../core/messages/addon";
import { UNIT_NAMES } from "../core/messages/units";
import { SCHEMA_IDS, loadSchema } from "../core/schema/registry";
import { lastOperation, operationsOf } from "./history";
import { jobs } from "./job";
import { describeSheet } from "./sheetInfo";
import { tabContext } from "./tabContext";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Everything the sidebar shows about a tab: its schema, the mapping of its headers, what can be undone. */
export function tabState(sheet: Sheet, focus: TabState["focus"]): TabState {
  const sheetId = sheet.getSheetId();
  const info = describeSheet(sheet);
  const ctx = tabContext(sheetId, info.headers);
  const last = lastOperation(sheetId);
  const lastView: OperationView | null = last ? { kind: last.kind, label: OPERATION_LABELS[last.kind], at: last.at.slice(0, 16).replace("T", " "), cells: last.cells } : null;
  const job = jobs.read(sheetId);
  return {
    sheet: info,
    schemaId: ctx ? ctx.schema.id : null,
    remembered: ctx?.remembered ?? false,
    schemas: SCHEMA_IDS.map((id) => ({ id, title: loadSchema(id).title })),
    fields: ctx ? ctx.schema.fields.map((f) => ({ name: f.name, title: f.title, required: f.required })) : [],
    mapping: info.headers.map((header, i) => {
      const m = ctx?.mapping.columns[i];
      return { header, field: m?.field ?? null, confidence: m?.confidence ?? 0, unit: m?.unit ? UNIT_NAMES[m.unit] : "" };
    }),
    problems: ctx ? ctx.mapping.problems.map((p) => p.message) : [],
    missingRequired: ctx ? [...ctx.mapping.missingRequired] : [],
    hoursPerDay: ctx?.options.hoursPerDay ?? null,
    hasDurations: ctx ? ctx.schema.fields.some((f) => f.unit === "h") : false,
    lastOperation: lastView,
    hasMarks: operationsOf(sheetId).marks !== undefined,
    pendingJob: job
      ? { done: false, processedRows: job.nextRow - 2, totalRows: job.lastRow - 1, changed: job.changed, message: `Standardisation en cours : ${job.nextRow - 2} / ${job.lastRow - 1} lignes faites. « Appliquer » la reprend.` }
      : null,
    focus,
  };
}
