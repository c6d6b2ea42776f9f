import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { isInseeField, restoreZeros } from "./code";
import { fix, fixIfChanged, KEEP, type RuleOutcome } from "./types";

/**
 * A list written with one separator, the field's (`, ` for communes, `;` for catalogue keywords).
 * Commas and semicolons both split; empty items go; INSEE codes get back their leading zero.
 *
 * @example
 * listRule("Aubière, Romagnat;Clermont-Ferrand", communesNom) // fix "Aubière, Romagnat, Clermont-Ferrand"
 * listRule("63284;63124", communesCode)                       // fix "63284, 63124"
 * listRule("scdl, prenoms ;etat-civil", motsCles)             // fix "scdl;prenoms;etat-civil"
 * listRule(1004, communesCode)                                 // fix "01004"
 * listRule(63263.63345, communesCode)                          // fix "63263, 63345", for review
 */
export function listRule(value: Cell, field: Field): RuleOutcome {
  if (value === "" || typeof value === "boolean" || isSheetDate(value)) return KEEP;
  const separator = field.separator ?? ", ";
  const codes = isInseeField(field);
  if (codes && typeof value === "number") {
    const split = codesReadAsDecimal(value, field);
    if (split) return fix(split.join(separator), "list", "codesFromNumber", {}, true);
  }
  const text = String(value);
  const items = text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => (codes ? restoreZeros(item, field) : item));
  return fixIfChanged(value, items.join(separator), "list", "list", { separator: separator.trim() });
}

/**
 * `63263,63345` typed in a French-locale sheet is read as the number 63263.63345. INSEE codes have
 * five digits, so the fraction gives the second code back once its trailing zeros are restored
 * (`63263,63340` became 63263.6334).
 */
function codesReadAsDecimal(value: number, field: Field): [string, string] | undefined {
  const m = /^(\d{1,5})\.(\d{1,5})$/.exec(String(value));
  return m ? [restoreZeros(m[1], field), m[2].padEnd(5, "0")] : undefined;
}
