import type { Field, Unit } from "../schema/field";

const SYMBOLS: Readonly<Record<Unit, string>> = { m: "m", km: "km", h: "h", min: "min", day: "j" };
const BRACKET = /([([])[^)\]]*([)\]])/;
const TRAILING = /\s*\b(?:en\s+)?(?:km|kms|min|mn)\s*$/i;

/**
 * The header once its column's values are in the field's unit: `Longueur (km)` → `Longueur (m)`,
 * `Temps (min)` → `Temps (h)`, `Km` → `longueur (m)`. Leaving `km` above metres would mislead
 * people, and make a second run convert again.
 */
export function headerInUnit(header: string, field: Field, unit: Unit): string {
  const symbol = SYMBOLS[unit];
  if (BRACKET.test(header)) return header.replace(BRACKET, `$1${symbol}$2`);
  const rest = header.replace(TRAILING, "").trim();
  return `${rest === "" ? field.name : rest} (${symbol})`;
}
