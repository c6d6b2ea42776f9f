import { isSheetDate, type Cell } from "../table";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An email address, in lower case (addresses are not case-sensitive in practice, and one
 * spelling per address keeps lists deduplicated), without a `mailto:` prefix.
 *
 * @example
 * emailRule("Randos.Metropole@X.eu")  // fix "randos.metropole@x.eu"
 * emailRule("04 73 61 42 55")         // flag "invalid": a phone number
 */
export function emailRule(value: Cell): RuleOutcome {
  if (value === "") return KEEP;
  const text = isSheetDate(value) ? value.date : String(value);
  const address = text.replace(/^mailto:/i, "").toLowerCase();
  if (typeof value === "string" && EMAIL.test(address)) return fixIfChanged(value, address, "email", "email");
  if (isPhoneNumber(text)) return flag("invalid", "email", "phoneInEmail", { value: text });
  return flag("invalid", "email", "notEmail", { value: text });
}

/** Nine digits or more and nothing but phone punctuation. */
export function isPhoneNumber(text: string): boolean {
  return /^\+?[\d\s.\-()\u00a0]+$/.test(text) && text.replace(/\D/g, "").length >= 9;
}
