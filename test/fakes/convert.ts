// What Sheets makes of a string written by setValue(s) or typed by a person: a formula, a
// number, a boolean, a date or text. Deliberately covers the shapes the project's data holds.
import { localeRules, type LocaleRules } from "./locale";
import { wallToSerial } from "./zone";

export const PLAIN_TEXT = "@";

export type Stored = string | number | boolean;

export interface Converted {
  value: Stored;
  formula?: string;
  /** Set when Sheets also changes the cell's number format (dates, times, percentages). */
  numberFormat?: string;
}

export interface ConvertContext {
  locale: string;
  /** The cell's current number format: `@` keeps everything as text. */
  numberFormat: string;
  /** Year used for a date typed without one. */
  currentYear: number;
}

export function convertInput(text: string, ctx: ConvertContext): Converted {
  if (ctx.numberFormat === PLAIN_TEXT) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const rules = localeRules(ctx.locale);
  const t = text.trim();
  if (t === "") return { value: text };
  return parseBoolean(t, rules) ?? parseNumber(t, rules) ?? parseDate(t, rules, ctx.currentYear) ?? parseTime(t) ?? { value: text };
}

function parseBoolean(t: string, rules: LocaleRules): Converted | null {
  const u = t.toUpperCase();
  if (rules.trueWords.includes(u)) return { value: true };
  if (rules.falseWords.includes(u)) return { value: false };
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function parseNumber(t: string, rules: LocaleRules): Converted | null {
  const dec = escape(rules.decimal);
  const grp = `[${rules.groups.map(escape).join("")}]`;
  const re = new RegExp(`^([+-]?)(\\d{1,3}(?:${grp}\\d{3})+|\\d+)(?:${dec}(\\d+))?(\\s?%)?$`);
  const m = re.exec(t);
  if (!m) return null;
  const [, sign = "", int = "", frac, percent] = m;
  const n = Number(`${sign}${int.replace(/\D/g, "")}${frac ? "." + frac : ""}`);
  if (!percent) return { value: n };
  return { value: n / 100, numberFormat: frac ? "0.00%" : "0%" };
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Two-digit years: Sheets reads 00-29 as 2000s and 30-99 as 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length > 2 ? n : n < 30 ? 2000 + n : 1900 + n;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseDate(t: string, rules: LocaleRules, currentYear: number): Converted | null {
  const [datePart = "", timePart, ...rest] = t.split(/\s+/);
  if (rest.length) return null;
  const time = timePart === undefined ? [0, 0, 0] : TIME.exec(timePart)?.slice(1).map((x) => Number(x ?? 0));
  if (!time) return null;
  let y: number, m: number, d: number, format: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(datePart);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    format = "yyyy-mm-dd";
  } else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    [d, m] = rules.dayFirst ? [a, b] : [b, a];
    y = slash[3] ? fullYear(slash[3]) : currentYear;
    format = rules.dayFirst ? (slash[3] ? "dd/mm/yyyy" : "dd/mm") : slash[3] ? "m/d/yyyy" : "m/d";
  } else return null;
  if (!validDay(y, m, d)) return null;
  const [h = 0, mi = 0, s = 0] = time;
  if (h > 23 || mi > 59 || s > 59) return null;
  if (timePart !== undefined) format += " hh:mm:ss";
  return { value: wallToSerial(y, m, d, h, mi, s), numberFormat: format };
}

/** A time of day alone is a date on 1899-12-30 (serial 0 plus a fraction). */
function parseTime(t: string): Converted | null {
  const m = TIME.exec(t);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return { value: wallToSerial(1899, 12, 30, h, mi, s), numberFormat: m[3] ? "hh:mm:ss" : "hh:mm" };
}
