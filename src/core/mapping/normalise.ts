/**
 * Header text reduced to what matters for matching: no case, no accents, no punctuation.
 * `+` and a dangling `-` carry meaning in headers (`D+`, `D-`, `Dénivelé +`), so they become words.
 */

const STOP_WORDS = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "en", "a", "au", "aux", "et", "par", "sur", "sa", "dans"]);
/** Words ending in `s` that are not plurals. */
const NOT_PLURAL = new Set(["plus", "moins", "gps", "temps", "pdipr"]);

export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/\+/g, " plus ")
    // A minus sign is a `-` not between two letters or digits (`D-`, `Dénivelé -`), unlike `Pique-nique`.
    .replace(/(^|[^a-z0-9])-|-(?=[^a-z0-9]|$)/g, "$1 moins ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Meaningful words, with a plural `s`/`x` dropped so that `Codes INSEE` meets `code insee`. */
export function headerTokens(normalised: string): string[] {
  return normalised
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && /[sx]$/.test(w) && !NOT_PLURAL.has(w) ? w.slice(0, -1) : w));
}
