/**
 * A number as French people type it: decimal comma, spaces between thousands.
 *
 * @example
 * parseDecimal("8,4")          // 8.4
 * parseDecimal("1\u00a0465")   // 1465 (also U+202F, a plain space)
 * parseDecimal("1,234")        // 1.234: a comma is a decimal separator in French
 * parseDecimal("1.234,5")      // 1234.5: both separators, the last one is the decimal one
 * parseDecimal("8,4 km")       // undefined (see units)
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim().replace(/^[\u2212\u2013]/, "-");
  if (SPACED_THOUSANDS.test(t)) return toNumber(t.replace(/[ \u00a0\u202f\u2009\u2007]/g, "").replace(",", "."));
  if (PLAIN.test(t)) return toNumber(t.replace(",", "."));
  if (DOT_THOUSANDS.test(t)) return toNumber(t.replace(/\./g, "").replace(",", "."));
  if (COMMA_THOUSANDS.test(t)) return toNumber(t.replace(/,/g, ""));
  return undefined;
}

/** True when the text needs more than `Number()` to read: a comma, a thousands separator. */
export function isFrenchNumber(text: string): boolean {
  return /[,\s\u00a0\u202f]/.test(text.trim());
}

const SPACED_THOUSANDS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function toNumber(t: string): number | undefined {
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
