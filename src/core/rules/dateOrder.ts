import type { DateOrder } from "./types";

const NUMERIC_DATES = /(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/g;

/**
 * The order of numeric dates in a column, decided once for all its cells: a value whose first
 * part exceeds 12 proves day first, one whose second part does proves month first. Without
 * proof, day first, as in France. With proof both ways, `mixed`: no numeric date of the column is
 * converted (converting those that read one way would leave the others looking the other way).
 *
 * @example
 * detectDateOrder(["24/09/2015", "02/05/16"])   // "DMY"
 * detectDateOrder(["09/24/2015", "02/05/2016"]) // "MDY"
 * detectDateOrder(["02/05/16"])                 // "DMY"
 * detectDateOrder(["24/09/2015", "09/24/2015"]) // "mixed"
 */
export function detectDateOrder(texts: readonly string[]): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    NUMERIC_DATES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUMERIC_DATES.exec(text)) !== null) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) dayFirst++;
      if (b > 12 && a <= 12) monthFirst++;
    }
  }
  if (monthFirst > 0) return dayFirst > 0 ? "mixed" : "MDY";
  return "DMY";
}
