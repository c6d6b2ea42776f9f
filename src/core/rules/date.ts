import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { foldText } from "./fold";
import { fixIfChanged, flag, KEEP, type CellContext, type DateOrder, type RuleOutcome } from "./types";

/** What a text says as a date. */
export type DateReading =
  | { readonly kind: "date"; readonly iso: string }
  /** Read, but not in the calendar (`31/02/2021`). */
  | { readonly kind: "impossible" }
  /** Day and month without a year (`13 mars`). */
  | { readonly kind: "no-year" }
  /** A numeric date in a column that mixes day-first and month-first dates. */
  | { readonly kind: "mixed-order" }
  /** The weekday written does not fall on that date (`lundi 13 mars 2021`). */
  | { readonly kind: "wrong-weekday"; readonly iso: string }
  | { readonly kind: "unknown" };

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, dim: 0, lundi: 1, lun: 1, mardi: 2, mar: 2, mercredi: 3, mer: 3,
  jeudi: 4, jeu: 4, vendredi: 5, ven: 5, samedi: 6, sam: 6,
};

const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const WORDS = /^(?:le )?(?:([a-z]+) )?(\d{1,2})(?: ?er)? ([a-z]+)(?: (\d{4}|\d{2}))?$/;
const NUMERIC_NO_YEAR = /^\d{1,2}[/.]\d{1,2}$/;

/**
 * A date as French people type it, day first unless the column proved otherwise.
 *
 * @example
 * readDate("24/09/2015", "DMY")           // 2015-09-24
 * readDate("12 mars 2018", "DMY")         // 2018-03-12
 * readDate("1er juin 2019", "DMY")        // 2019-06-01
 * readDate("samedi 13 mars 2021", "DMY")  // 2021-03-13
 * readDate("02/05/16", "DMY")             // 2016-05-02 (two-digit years: 00-68 → 20xx, 69-99 → 19xx, as POSIX)
 * readDate("31/02/2021", "DMY")           // impossible
 */
export function readDate(text: string, order: DateOrder): DateReading {
  const t = text.trim();
  const iso = ISO_WITH_TIME.exec(t);
  if (iso) return calendar(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10)));
  const n = NUMERIC.exec(t);
  if (n) {
    if (n[1].length === 4) return calendar(Number(n[1]), Number(n[3]), Number(n[4]));
    if (n[1].length > 2 || (n[4].length !== 2 && n[4].length !== 4)) return { kind: "unknown" };
    if (order === "mixed") return { kind: "mixed-order" };
    const [day, month] = order === "DMY" ? [n[1], n[3]] : [n[3], n[1]];
    return calendar(fullYear(n[4]), Number(month), Number(day));
  }
  if (NUMERIC_NO_YEAR.test(t)) return { kind: "no-year" };
  const w = WORDS.exec(foldText(t));
  if (!w) return { kind: "unknown" };
  const weekday = w[1] === undefined ? undefined : WEEKDAYS[w[1]];
  const month = MONTHS[w[3]];
  if ((w[1] !== undefined && weekday === undefined) || month === undefined) return { kind: "unknown" };
  if (w[4] === undefined) return { kind: "no-year" };
  const reading = calendar(fullYear(w[4]), month, Number(w[2]));
  if (reading.kind === "date" && weekday !== undefined && weekdayOf(reading.iso) !== weekday) {
    return { kind: "wrong-weekday", iso: reading.iso };
  }
  return reading;
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const yy = Number(y);
  return yy <= 68 ? 2000 + yy : 1900 + yy;
}

function calendar(year: number, month: number, day: number): DateReading {
  if (year < 1000 || year > 2999) return { kind: "unknown" };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { kind: "impossible" };
  return { kind: "date", iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday. UTC, so that the machine's time zone never matters. */
function weekdayOf(iso: string): number {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).getUTCDay();
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date field's value, as a `YYYY-MM-DD` string. A Sheets date cell gives its calendar day
 * (already in the spreadsheet's time zone).
 *
 * @example
 * dateRule("24/09/2015", dateCreation, ctx)                                  // fix "2015-09-24"
 * dateRule({ kind: "date", date: "2021-03-13", time: "00:00:00" }, f, ctx)   // fix "2021-03-13"
 * dateRule("31/02/2021", dateCreation, ctx)                                  // flag "invalid"
 */
export function dateRule(value: Cell, _field: Field, context: CellContext): RuleOutcome {
  if (isSheetDate(value)) {
    if (value.date === "1899-12-30") return flag("invalid", "date", "notDate", { value: value.time });
    return fixIfChanged(value, value.date, "date", "date");
  }
  if (value === "") return KEEP;
  const text = String(value);
  if (typeof value !== "string") return flag("invalid", "date", "notDate", { value: text });
  const reading = readDate(text, context.dateOrder);
  switch (reading.kind) {
    case "date":
      return fixIfChanged(value, reading.iso, "date", "date");
    case "impossible":
      return flag("invalid", "date", "impossibleDate", { value: text });
    case "mixed-order":
      return flag("ambiguous", "date", "mixedDateOrder", { value: text });
    case "no-year":
      return flag("ambiguous", "date", "dateWithoutYear", { value: text });
    case "wrong-weekday":
      return flag("ambiguous", "date", "wrongWeekday", { value: text, suggestion: reading.iso }, reading.iso);
    case "unknown":
      return flag("invalid", "date", "notDate", { value: text });
  }
}
