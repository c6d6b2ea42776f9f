import type { Field } from "../schema/field";
import { flag, fix, KEEP, type RuleOutcome } from "./types";

/**
 * Names start with a capital; text typed all in capitals is reported, never lowered blindly
 * (lowering `LE PUY DE DÔME` would also lower the proper noun).
 *
 * @example
 * caseRule("plateau de gergovie", nameField)   // fix "Plateau de gergovie"
 * caseRule("Le puy de Montrognon", nameField)  // keep (proper nouns untouched)
 * caseRule("LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS", nameField)  // flag "review"
 * caseRule("GR, GRP, PNC", textField)         // keep: acronyms, not shouting
 */
export function caseRule(text: string, field: Field): RuleOutcome {
  if (field.role !== "name" && field.role !== "text") return KEEP;
  if (isAllCapitals(text)) return flag("review", "case", "capitals");
  if (field.role !== "name") return KEEP;
  // Only the very first character: the rest may hold proper nouns, whatever their case.
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  if (upper === first || upper.length !== 1) return KEEP;
  return fix(upper + text.slice(1), "case", "sentenceCase");
}

/** At least two words, one of four letters or more, and no lower-case letter: shouting, not acronyms. */
export function isAllCapitals(text: string): boolean {
  if (text.toUpperCase() !== text || text.toLowerCase() === text) return false;
  const words = text.split(/[^A-Za-zÀ-ÖØ-öø-ÿŒœ]+/).filter((w) => w !== "");
  return words.length >= 2 && words.some((w) => w.length >= 4);
}
