import { isSheetDate, type Cell } from "../table";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

const POINT = /^point\s*\(\s*(.*?)\s*\)$/i;
const DOT_PAIR = /^([+-]?\d+(?:\.\d+)?)(?:\s*[,;]\s*|\s+)([+-]?\d+(?:\.\d+)?)$/;
const COMMA_PAIR = /^([+-]?\d+(?:,\d+)?)\s+([+-]?\d+(?:,\d+)?)$/;

/** Metropolitan France, to notice a latitude typed first. */
const LON = [-5.5, 10];
const LAT = [41, 51.5];

/**
 * A WKT point, `POINT(lon lat)`: a comma between the numbers (as in the schema's own example)
 * or decimal commas are fixed; a point whose numbers look swapped for France is left for review.
 *
 * @example
 * wktPointRule("POINT(2.9388, 45.7644)")  // fix "POINT(2.9388 45.7644)"
 * wktPointRule("point (3.1102 45.7598)")  // fix "POINT(3.1102 45.7598)"
 * wktPointRule("POINT(45.7644 2.9388)")   // flag "review", suggestion "POINT(2.9388 45.7644)"
 */
export function wktPointRule(value: Cell): RuleOutcome {
  if (value === "") return KEEP;
  const text = isSheetDate(value) ? value.date : String(value);
  const inside = typeof value === "string" ? POINT.exec(text.trim())?.[1] : undefined;
  const pair = inside === undefined ? null : DOT_PAIR.exec(inside) ?? COMMA_PAIR.exec(inside);
  if (!pair) return flag("invalid", "wkt", "notWktPoint", { value: text });
  const [x, y] = [pair[1], pair[2]].map((n) => n.replace(",", ".").replace(/^\+/, ""));
  const [lon, lat] = [Number(x), Number(y)];
  if (within(lon, LAT) && within(lat, LON) && !(within(lon, LON) && within(lat, LAT))) {
    const swapped = `POINT(${y} ${x})`;
    return flag("review", "wkt", "reversedPoint", { value: text, suggestion: swapped }, swapped);
  }
  return fixIfChanged(value, `POINT(${x} ${y})`, "wkt", "wkt");
}

function within(n: number, [min, max]: number[]): boolean {
  return n >= min && n <= max;
}
