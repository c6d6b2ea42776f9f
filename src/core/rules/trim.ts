/**
 * Spaces people never meant to type.
 *
 * @example
 * trimText("  Montée historique ", false)   // "Montée historique"
 * trimText("Puy\u00a0de Dôme\u200b", false)  // "Puy\u00a0de Dôme" (inner no-break space kept)
 * trimText("Le  puy\nde Dôme", false)        // "Le puy de Dôme"
 * trimText("Ligne 1  \r\nLigne 2", true)     // "Ligne 1\nLigne 2"
 *
 * Inner no-break spaces (U+00A0, U+202F) are French typography (`8 €`, `Durée : 3 h`) and stay;
 * at the ends they go, like any space. Zero-width spaces and byte-order marks go everywhere;
 * the zero-width joiner stays (it holds emoji together).
 */
export function trimText(text: string, multiline: boolean): string {
  if (!NEEDS_WORK.test(text)) return text;
  let t = text.replace(/[\u200b\u2060\ufeff]/g, "").replace(/\r\n?|[\u2028\u2029]/g, "\n");
  if (!multiline) t = t.replace(/[\n\t]/g, " ");
  // Runs of spaces become one; a no-break space in a run wins (it was chosen on purpose).
  t = t.replace(/[ \t\u00a0\u202f]{2,}/g, (run) => /[\u00a0\u202f]/.exec(run)?.[0] ?? " ");
  if (multiline) t = t.replace(/[ \t\u00a0\u202f]+\n/g, "\n").replace(/\n[ \t\u00a0\u202f]+/g, "\n");
  return t.trim();
}

/** Most cells are clean: one test spares them the replacements. */
const NEEDS_WORK = /^\s|\s$|\s\s|[\u200b\u2060\ufeff\r\n\t\u2028\u2029]/;
