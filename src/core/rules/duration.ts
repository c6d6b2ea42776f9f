import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { isFrenchNumber, parseDecimal } from "./decimal";
import { quantityOutcome, type Quantity } from "./units";
import { flag, KEEP, type CellContext, type RuleOutcome } from "./types";

const HOURS_MINUTES = /^(\d+) ?h(?:eures?)? ?(?:(\d{1,2}) ?(?:min(?:utes?)?|mn)?)?$/;
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const WITH_UNIT = /^(\d+(?:[.,]\d+)?) ?(h|heures?|min|minutes?|mn|j|jours?|journees?)\.?$/;
const HALF_DAY = /^(?:½|1\/2|demi) ?-? ?journee$/;
const ONE_DAY = /^(?:une |1 )?journee$/;

/**
 * A duration as people type it. Hours and minutes are read exactly; a bare number has no unit
 * (the column decides: header, what the other cells say, else hours).
 *
 * @example
 * readDuration("3h30")       // { amount: 3.5, unit: "h" }
 * readDuration("2H30")       // { amount: 2.5, unit: "h" }
 * readDuration("1h 45 min")  // { amount: 1.75, unit: "h" }
 * readDuration("90 min")     // { amount: 90, unit: "min" }
 * readDuration("2,5")        // { amount: 2.5 } (bare)
 * readDuration("½ journée")  // { amount: 0.5, unit: "day" }
 * readDuration("3h75")       // undefined: 75 minutes is not a clock reading
 */
export function readDuration(text: string): Quantity | undefined {
  const t = text.trim();
  const bare = parseDecimal(t);
  if (bare !== undefined) return { amount: bare, french: isFrenchNumber(t) };
  const key = t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ");
  const hm = HOURS_MINUTES.exec(key);
  if (hm) return hoursAndMinutes(Number(hm[1]), hm[2] === undefined ? 0 : Number(hm[2]));
  const clock = CLOCK.exec(key);
  if (clock) return hoursAndMinutes(Number(clock[1]), Number(clock[2]) + (clock[3] === undefined ? 0 : Number(clock[3]) / 60));
  if (HALF_DAY.test(key)) return { amount: 0.5, unit: "day", french: false };
  if (ONE_DAY.test(key)) return { amount: 1, unit: "day", french: false };
  const withUnit = WITH_UNIT.exec(key);
  if (withUnit) {
    const amount = parseDecimal(withUnit[1]);
    if (amount === undefined) return undefined;
    const word = withUnit[2];
    const unit = word.charAt(0) === "h" ? "h" : word.charAt(0) === "m" ? "min" : "day";
    return { amount, unit, french: withUnit[1].indexOf(",") >= 0 };
  }
  return undefined;
}

function hoursAndMinutes(hours: number, minutes: number): Quantity | undefined {
  return minutes < 60 ? { amount: hours + minutes / 60, unit: "h", french: false } : undefined;
}

/**
 * A duration field's value, in hours, as a JS number. Days need a stated number of hours per day.
 *
 * @example
 * durationRule("3h30", duree, ctx)                          // fix 3.5
 * durationRule(95, duree, { headerUnit: "min", ... })      // fix 1.5833
 * durationRule("1 jour", duree, ctx)                        // flag "review"
 * durationRule("1 jour", duree, { hoursPerDay: 8, ... })   // fix 8, marked for review
 */
export function durationRule(value: Cell, field: Field, context: CellContext): RuleOutcome {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return flag("invalid", "duration", "notDuration", { value: String(value) });
    return quantityOutcome(value, { amount: value, french: false }, field, context);
  }
  if (typeof value === "string") {
    if (value === "") return KEEP;
    const q = readDuration(value);
    return q ? quantityOutcome(value, q, field, context) : flag("invalid", "duration", "notDuration", { value });
  }
  // Sheets reads `3:30` typed in a cell as a time of day on 1899-12-30: here it is a duration.
  if (isSheetDate(value) && value.date === "1899-12-30") {
    const [h, m, s] = value.time.split(":").map(Number);
    return quantityOutcome(value, { amount: round6(h + m / 60 + s / 3600), unit: "h", french: false }, field, context);
  }
  return flag("invalid", "duration", "notDuration", { value: isSheetDate(value) ? value.date : String(value) });
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
