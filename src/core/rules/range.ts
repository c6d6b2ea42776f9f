import { readDate } from "./date";
import { readTime } from "./time";
import type { DateOrder } from "./types";

/** Start and end of a range typed in one cell, already written as the field expects. */
export interface Range {
  readonly start: string;
  readonly end: string;
}

const SEPARATOR = /\s+(?:-|–|—|au|à|a|jusqu'au)\s+/;
const DAYS_OF_ONE_MONTH = /^(?:du\s+)?(\d{1,2})(?:er)?\s*(?:-|–|au)\s*(\d{1,2})\s+(\S+\s+\d{2,4})$/i;

/**
 * Two dates in one cell.
 *
 * @example
 * readDateRange("03/07/2021 - 04/07/2021", "DMY") // { start: "2021-07-03", end: "2021-07-04" }
 * readDateRange("du 3 au 4 juillet 2021", "DMY")  // { start: "2021-07-03", end: "2021-07-04" }
 * readDateRange("2021-07-03", "DMY")              // undefined: one date
 */
export function readDateRange(text: string, order: DateOrder): Range | undefined {
  const t = text.trim();
  const sameMonth = DAYS_OF_ONE_MONTH.exec(t);
  const parts = sameMonth ? [`${sameMonth[1]} ${sameMonth[3]}`, `${sameMonth[2]} ${sameMonth[3]}`] : t.replace(/^du\s+/i, "").split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  const start = readDate(parts[0], order);
  const end = readDate(parts[1], order);
  return start.kind === "date" && end.kind === "date" && start.iso <= end.iso ? { start: start.iso, end: end.iso } : undefined;
}

/**
 * Two times in one cell.
 *
 * @example
 * readTimeRange("9h-17h")        // { start: "09:00:00", end: "17:00:00" }
 * readTimeRange("de 14h à 18h")  // { start: "14:00:00", end: "18:00:00" }
 */
export function readTimeRange(text: string): Range | undefined {
  const parts = text.trim().replace(/^de\s+/i, "").split(/\s*(?:-|–|—)\s*|\s+(?:à|a|jusqu'à)\s+/);
  if (parts.length !== 2) return undefined;
  const start = readTime(parts[0]);
  const end = readTime(parts[1]);
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}
