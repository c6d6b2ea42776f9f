import { TEMPLATE_TAB } from "../core/messages/addon";
import { UNIT_NAMES } from "../core/messages/units";
import type { Field, Schema } from "../core/schema/field";
import { ensureSize } from "./sheetSize";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rows prepared below the header (formats and drop-downs); Sheets extends them when people add rows. */
export const TEMPLATE_ROWS = 500;
const COLUMN_WIDTH = 170;

function headerNote(field: Field): string {
  const lines = [field.title];
  if (field.description) lines.push(field.description);
  if (field.unit) lines.push(TEMPLATE_TAB.unit(UNIT_NAMES[field.unit]));
  if (field.enum) lines.push(TEMPLATE_TAB.allowed(field.enum));
  if (field.example) lines.push(TEMPLATE_TAB.example(field.example));
  lines.push(field.required ? TEMPLATE_TAB.required : TEMPLATE_TAB.optional);
  return lines.join("\n");
}

/** Plain text keeps codes' leading zeros and keeps ISO dates and times as typed. */
function numberFormat(field: Field): string {
  if (field.type === "date") return "yyyy-mm-dd";
  if (field.type === "time") return "hh:mm:ss";
  if (field.type === "string" || field.type === "geometry" || field.type === "array") return "@";
  return "0.###############";
}

function dropDown(field: Field): DataValidation | null {
  if (field.enum && field.enum.length > 0) {
    return SpreadsheetApp.newDataValidation().requireValueInList(field.enum.slice(), true).setAllowInvalid(true).setHelpText(TEMPLATE_TAB.allowed(field.enum)).build();
  }
  if (field.type === "boolean") {
    // Table Schema booleans read as the words the schema declares (oui/non); JSON ones are true/false.
    const yes = field.trueValues?.find((v) => v === "oui") ?? "true";
    const no = field.falseValues?.find((v) => v === "non") ?? "false";
    return SpreadsheetApp.newDataValidation().requireValueInList([yes, no], true).setAllowInvalid(true).build();
  }
  return null;
}

/**
 * A new tab laid out for a schema, so that errors are prevented at entry: field names as headers,
 * each header's note telling what to type, drop-downs for enums and booleans, text format for codes,
 * date format for dates, frozen header. Seven batch calls, whatever the number of fields.
 */
export function createTemplateTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: Schema, name: string): Sheet {
  const fields = schema.fields;
  const sheet = ss.insertSheet(name);
  const n = fields.length;
  ensureSize(sheet, TEMPLATE_ROWS + 1, n);
  const header = sheet.getRange(1, 1, 1, n);
  header.setNumberFormat("@");
  header.setValues([fields.map((f) => f.name)]);
  header.setNotes([fields.map(headerNote)]);
  header.setFontWeight("bold");
  const body = sheet.getRange(2, 1, TEMPLATE_ROWS, n);
  const formats = fields.map(numberFormat);
  body.setNumberFormats(Array.from({ length: TEMPLATE_ROWS }, () => formats));
  const rules = fields.map(dropDown);
  body.setDataValidations(Array.from({ length: TEMPLATE_ROWS }, () => rules) as DataValidation[][]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, n, COLUMN_WIDTH);
  return sheet;
}
