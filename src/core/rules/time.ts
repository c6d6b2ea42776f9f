import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { pad2 } from "./date";
import { fixIfChanged, flag, KEEP, type CellContext, type RuleOutcome } from "./types";

const FRENCH = /^(\d{1,2}) ?h ?(?:(\d{2}) ?(?:min)?)?$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A time of day as people type it, as `HH:MM:SS`.
 *
 * @example
 * readTime("20h30")  // "20:30:00"
 * readTime("14h")    // "14:00:00"
 * readTime("08h30")  // "08:30:00"
 * readTime("10:00")  // "10:00:00"
 * readTime("25h")    // undefined
 */
export function readTime(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ");
  if (t === "midi") return "12:00:00";
  if (t === "minuit") return "00:00:00";
  const m = FRENCH.exec(t) ?? CLOCK.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  return h < 24 && min < 60 && s < 60 ? `${pad2(h)}:${pad2(min)}:${pad2(s)}` : undefined;
}

/**
 * A time field's value. A Sheets time cell (a date on 1899-12-30) gives its clock time.
 *
 * @example
 * timeRule("20h30", heureDebut, ctx)  // fix "20:30:00"
 * timeRule("18:30:00", heureDebut, ctx) // keep
 */
export function timeRule(value: Cell, _field: Field, _context: CellContext): RuleOutcome {
  if (isSheetDate(value)) return fixIfChanged(value, value.time, "time", "time");
  if (value === "") return KEEP;
  const text = String(value);
  const time = typeof value === "string" ? readTime(text) : undefined;
  return time === undefined ? flag("invalid", "time", "notTime", { value: text }) : fixIfChanged(value, time, "time", "time");
}
