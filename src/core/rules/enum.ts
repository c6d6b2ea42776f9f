import type { Field } from "../schema/field";
import { foldText } from "./fold";
import { fix, flag, KEEP, type RuleOutcome } from "./types";

/**
 * An enumerated value written with the schema's exact spelling; case, accents and punctuation
 * do not count when matching.
 *
 * @example
 * enumRule("PEDESTRE", pratique)          // fix "pédestre"
 * enumRule("vtt", pratique)               // fix "VTT"
 * enumRule("Aller-Retour", typeItineraire) // fix "aller-retour"
 * enumRule("FÊTE OU FESTIVAL", typeEvenement) // fix "Fête ou festival"
 * enumRule("RANDONNÉE PÉDESTRE", pratique) // flag "review", suggestion "pédestre"
 * enumRule("trottinette", pratique)       // flag "invalid"
 */
export function enumRule(text: string, field: Field): RuleOutcome {
  const allowed = field.enum ?? [];
  if (allowed.length === 0 || allowed.includes(text)) return KEEP;
  const key = foldText(text);
  const exact = allowed.filter((v) => foldText(v) === key);
  if (exact.length === 1) return fix(exact[0], "case", "enumSpelling", { after: exact[0] });
  // One allowed value among the words (`RANDONNÉE PÉDESTRE`): likely, but a person decides.
  const words = ` ${key} `;
  const within = allowed.filter((v) => foldText(v) !== "" && words.indexOf(` ${foldText(v)} `) >= 0);
  if (within.length === 1) return flag("review", "case", "enumSuggestion", { value: text, suggestion: within[0] }, within[0]);
  return flag("invalid", "case", "enumInvalid", { value: text, allowed: allowed.join(", ") });
}
