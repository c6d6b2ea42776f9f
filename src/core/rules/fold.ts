/**
 * A text reduced for comparison: no accents, no case, no punctuation, single spaces.
 *
 * @example
 * foldText("PÉDESTRE")      // "pedestre"
 * foldText("Aller-Retour")  // "aller retour"
 * foldText("Fête ou festival") === foldText("FÊTE OU FESTIVAL")
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
