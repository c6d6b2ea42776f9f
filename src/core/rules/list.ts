import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { isInseeField, restoreZeros } from "./code";
import { fixIfChanged, KEEP, type RuleOutcome } from "./types";

/**
 * A list written with one separator, the field's (`, ` for communes, `;` for catalogue keywords).
 * Commas and semicolons both split; empty items go; INSEE codes get back their leading zero.
 *
 * @example
 * listRule("Aubière, Romagnat;Clermont-Ferrand", communesNom) // fix "Aubière, Romagnat, Clermont-Ferrand"
 * listRule("63284;63124", communesCode)                       // fix "63284, 63124"
 * listRule("scdl, prenoms ;etat-civil", motsCles)             // fix "scdl;prenoms;etat-civil"
 * listRule(1004, communesCode)                                 // fix "01004"
 */
export function listRule(value: Cell, field: Field): RuleOutcome {
  if (value === "" || typeof value === "boolean" || isSheetDate(value)) return KEEP;
  const text = String(value);
  const separator = field.separator ?? ", ";
  const codes = isInseeField(field);
  const items = text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => (codes ? restoreZeros(item, field) : item));
  return fixIfChanged(value, items.join(separator), "list", "list", { separator: separator.trim() });
}
