import { isSheetDate, type Cell } from "../table";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

/** Top-level domains common enough on French public sites to call a scheme-less host a web address. */
const KNOWN_TLD = /\.(?:fr|eu|com|org|net|info|gouv\.fr|bzh|paris|io)(?:[/?#:]|$)/i;
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * A web address with its scheme. A scheme is added only when the text clearly is an address:
 * it starts with `www.` or is a host on a common domain; `rapport.pdf` is left alone.
 *
 * @example
 * urlRule("www.x.fr/a.pdf")            // fix "https://www.x.fr/a.pdf"
 * urlRule("ceyrat.fr/patrimoine")      // fix "https://ceyrat.fr/patrimoine"
 * urlRule("https://www.ceyrat.fr")     // keep
 * urlRule("voir le site de la mairie") // flag "invalid"
 */
export function urlRule(value: Cell): RuleOutcome {
  if (value === "") return KEEP;
  const text = isSheetDate(value) ? value.date : String(value);
  if (typeof value !== "string" || /\s/.test(text)) return flag("invalid", "url", "notUrl", { value: text });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const scheme = /^[^:]+/.exec(text)?.[0] ?? "";
    return fixIfChanged(value, scheme.toLowerCase() + text.slice(scheme.length), "url", "url");
  }
  if (!text.includes("@") && HOST.test(text) && (/^www\./i.test(text) || KNOWN_TLD.test(text))) {
    return fixIfChanged(value, `https://${text}`, "url", "url");
  }
  return flag("invalid", "url", "notUrl", { value: text });
}
