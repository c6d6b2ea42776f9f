/**
 * Reads a cell as the field's type: returns the typed value, or the Problem that says what was
 * expected. A cell may come typed from a sheet (8400, true, a SheetDate) or as text from a CSV.
 */
import { UNIT_NAMES } from "../messages/units";
import { NUMBER_HINTS, UNIT_PHRASE, type NoteKey } from "../messages/validate";
import type { Field } from "../schema/field";
import { cellText, isSheetDate, type Cell } from "../table";
import type { Problem } from "./codes";
import { checkIsoDate, isEmail, isIsoDatetime, isIsoTime, isUri, isUuid } from "./formats";
import { fillTemplate, quoteList } from "../messages/render";

export type Typed = string | number | boolean;
export type CastResult = Typed | Problem;
export type Caster = (value: Cell) => CastResult;

export function isProblem(result: unknown): result is Problem {
  return typeof result === "object" && result !== null;
}

function typeError(note: NoteKey, params?: Readonly<Record<string, string>>): Problem {
  return { code: "type-error", note, params, fixable: true };
}

/** Frictionless' bare number: optional sign, digits with a point, optional exponent. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL_COMMA = /\d,\d/;
const GROUPED = /\d[\s\u00a0\u202f]\d{3}(?!\d)/;

function numberProblem(note: "number" | "integer", field: Field, text: string): Problem {
  const unitName = field.unit ? UNIT_NAMES[field.unit] : undefined;
  const unit = unitName ? fillTemplate(UNIT_PHRASE, { unit: unitName }) : "";
  const hint = DECIMAL_COMMA.test(text) ? NUMBER_HINTS.decimalComma : GROUPED.test(text) ? NUMBER_HINTS.grouped : "";
  return typeError(note, { unit, hint });
}

function castNumber(field: Field): Caster {
  return (value) => {
    if (typeof value === "number") return Number.isFinite(value) ? value : numberProblem("number", field, "");
    const text = cellText(value);
    const trimmed = text.trim();
    return typeof value === "string" && NUMBER.test(trimmed) ? Number(trimmed) : numberProblem("number", field, text);
  };
}

function castInteger(field: Field): Caster {
  return (value) => {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    const text = cellText(value);
    const trimmed = text.trim();
    if (typeof value === "string" && INTEGER.test(trimmed)) return Number(trimmed);
    return numberProblem("integer", field, text);
  };
}

function castBoolean(field: Field): Caster {
  const trueValues = field.trueValues ?? ["true", "True", "TRUE", "1"];
  const falseValues = field.falseValues ?? ["false", "False", "FALSE", "0"];
  const problem = typeError("boolean", { values: quoteList([...trueValues, ...falseValues]) });
  return (value) => {
    if (typeof value === "boolean") return value;
    if (isSheetDate(value)) return problem;
    const text = String(value).trim();
    if (trueValues.indexOf(text) >= 0) return true;
    if (falseValues.indexOf(text) >= 0) return false;
    return problem;
  };
}

const DATE_FORMAT = typeError("date");
const DATE_IMPOSSIBLE = typeError("date-impossible");

function checkDate(text: string): CastResult {
  const check = checkIsoDate(text);
  return check === "ok" ? text : check === "format" ? DATE_FORMAT : DATE_IMPOSSIBLE;
}

function castDate(value: Cell): CastResult {
  if (isSheetDate(value)) return value.date;
  return typeof value === "string" ? checkDate(value) : DATE_FORMAT;
}

const TIME_FORMAT = typeError("time");

function castTime(value: Cell): CastResult {
  if (isSheetDate(value)) return value.time;
  return typeof value === "string" && isIsoTime(value) ? value : TIME_FORMAT;
}

const DATETIME_FORMAT = typeError("datetime");

function castDatetime(value: Cell): CastResult {
  if (isSheetDate(value)) return `${value.date}T${value.time}`;
  return typeof value === "string" && isIsoDatetime(value) ? value : DATETIME_FORMAT;
}

const FORMAT_CHECKS: Readonly<Record<string, { readonly test: (text: string) => boolean; readonly problem: Problem }>> = {
  email: { test: isEmail, problem: typeError("email") },
  uri: { test: isUri, problem: typeError("uri") },
  uuid: { test: isUuid, problem: typeError("uuid") },
};

/** Strings accept any cell (a code typed as a number is still text); the format is checked. */
function castString(field: Field): Caster {
  if (field.format === "date") return castDate;
  const format = field.format ? FORMAT_CHECKS[field.format] : undefined;
  if (!format) return (value) => (typeof value === "string" ? value : cellText(value));
  return (value) => {
    const text = typeof value === "string" ? value : cellText(value);
    return format.test(text) ? text : format.problem;
  };
}

const ARRAY_FORMAT = typeError("array");

/** An array property (medias) travels as JSON text: a list of objects. */
function castArray(value: Cell): CastResult {
  if (typeof value !== "string") return ARRAY_FORMAT;
  try {
    const parsed: unknown = JSON.parse(value);
    const ok = Array.isArray(parsed) && parsed.every((item) => typeof item === "object" && item !== null && !Array.isArray(item));
    return ok ? value : ARRAY_FORMAT;
  } catch {
    return ARRAY_FORMAT;
  }
}

/** The caster of a field; geometry is read by `geometry.ts`, so it is text here. */
export function casterFor(field: Field): Caster {
  switch (field.type) {
    case "number":
      return castNumber(field);
    case "integer":
      return castInteger(field);
    case "boolean":
      return castBoolean(field);
    case "date":
      return castDate;
    case "time":
      return castTime;
    case "datetime":
      return castDatetime;
    case "array":
      return castArray;
    case "string":
      return castString(field);
    case "geometry":
    case "any":
      return cellText;
  }
}
