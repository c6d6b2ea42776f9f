import { UNIT_NAMES } from "../messages/units";
import type { Field, Unit } from "../schema/field";
import { cellText, type Cell } from "../table";
import { isFrenchNumber, parseDecimal } from "./decimal";
import { fix, flag, KEEP, type CellContext, type RuleOutcome } from "./types";

/** A number read from a cell, with the unit written next to it if any. */
export interface Quantity {
  readonly amount: number;
  /** Unit written in the cell; undefined for a bare number. */
  readonly unit?: Unit;
  /** Written the French way (decimal comma, spaced thousands): worth saying in the preview. */
  readonly french: boolean;
}

const DIMENSION: Readonly<Record<Unit, "length" | "time">> = { m: "length", km: "length", h: "time", min: "time", day: "time" };

export function sameDimension(a: Unit, b: Unit): boolean {
  return DIMENSION[a] === DIMENSION[b];
}

/** Converted values keep 4 decimals: enough for 1/60 h (95 min = 1.5833 h), no float noise (8.4 × 1000). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const LENGTH_UNITS: Readonly<Record<string, Unit>> = {
  m: "m", metre: "m", metres: "m", mètre: "m", mètres: "m",
  km: "km", kms: "km", kilometre: "km", kilometres: "km", kilomètre: "km", kilomètres: "km",
};

/**
 * A length as typed: a number, then maybe `m` or `km`.
 *
 * @example
 * readLength("8,4 km")   // { amount: 8.4, unit: "km", french: true }
 * readLength("6900 m")   // { amount: 6900, unit: "m", french: false }
 * readLength("1 465 m")  // { amount: 1465, unit: "m", french: true }
 * readLength("8,8")      // { amount: 8.8, french: true }
 */
export function readLength(text: string): Quantity | undefined {
  const m = /^(.*?\d)\s*([a-zA-Zèé]+)\.?$/.exec(text.trim());
  const numberText = m ? m[1] : text;
  const unit = m ? LENGTH_UNITS[m[2].toLowerCase()] : undefined;
  if (m && unit === undefined) return undefined;
  const amount = parseDecimal(numberText);
  return amount === undefined ? undefined : { amount, unit, french: isFrenchNumber(numberText) };
}

/** Factor to the base unit of each dimension (metres, hours). */
function factor(unit: Unit, hoursPerDay: number | undefined): number | undefined {
  switch (unit) {
    case "m":
    case "h":
      return 1;
    case "km":
      return 1000;
    case "min":
      return 1 / 60;
    case "day":
      return hoursPerDay;
  }
}

/** The unit a bare number is in: the header's, else the column's, else the field's own. */
export function impliedUnit(target: Unit, context: CellContext): Unit {
  for (const u of [context.headerUnit, context.columnUnit]) if (u !== undefined && sameDimension(u, target)) return u;
  return target;
}

/**
 * The outcome for a number read from a cell: converted into the field's unit, checked whole for
 * an integer field. Only converted values are rounded (a latitude keeps all its decimals).
 */
export function quantityOutcome(before: Cell, q: Quantity, field: Field, context: CellContext): RuleOutcome {
  const to = field.unit;
  const time = to !== undefined && DIMENSION[to] === "time";
  const value = { value: cellText(before) };
  if (to === undefined && q.unit !== undefined) return flag("invalid", "number", "notNumber", value);
  const from = to === undefined ? undefined : q.unit ?? impliedUnit(to, context);
  if (from !== undefined && to !== undefined && !sameDimension(from, to)) {
    return flag("invalid", time ? "duration" : "units", "wrongUnit", { ...value, to: UNIT_NAMES[to] });
  }
  let amount = q.amount;
  const converted = from !== undefined && to !== undefined && from !== to;
  if (converted) {
    const f = factor(from, context.hoursPerDay);
    const t = factor(to, context.hoursPerDay);
    if (f === undefined || t === undefined) return flag("review", "duration", "durationInDays", value);
    amount = round4((q.amount * f) / t);
  }
  if (field.type === "integer" && !Number.isInteger(amount)) return flag("invalid", "number", "notWhole", value);
  if (before === amount) return KEEP;
  if (converted && from === "day") return fix(amount, "duration", "durationDays", { hoursPerDay: context.hoursPerDay ?? 0 }, true);
  if (converted) return fix(amount, time ? "duration" : "units", time ? "duration" : "unitConverted", { from: UNIT_NAMES[from], to: UNIT_NAMES[to] });
  if (q.unit !== undefined) return fix(amount, time ? "duration" : "units", time ? "duration" : "unitRemoved", { to: UNIT_NAMES[q.unit] });
  return fix(amount, q.french ? "decimal" : "number", q.french ? "decimal" : "number");
}
