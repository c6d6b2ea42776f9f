import { isSheetDate, type Cell } from "../table";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

/**
 * A French phone number in groups of two digits, as the agenda schema's pattern shows it.
 * A number cell lost its leading zero: it is put back.
 *
 * @example
 * phoneRule("0473614255")       // fix "04 73 61 42 55"
 * phoneRule("04.73.61.42.55")   // fix "04 73 61 42 55"
 * phoneRule(473614255)          // fix "04 73 61 42 55"
 * phoneRule("+33 4 73 61 42 55") // keep
 */
export function phoneRule(value: Cell): RuleOutcome {
  if (value === "") return KEEP;
  const text = isSheetDate(value) ? value.date : String(value);
  if (typeof value === "boolean" || isSheetDate(value)) return flag("invalid", "phone", "notPhone", { value: text });
  if (!/^[+\d\s.\-()/\u00a0\u202f]+$/.test(text)) return flag("invalid", "phone", "notPhone", { value: text });
  const digits = text.replace(/\D/g, "");
  const international = /^\s*(?:\+|00)33/.test(text);
  // Nine digits after the trunk `0` (or after +33, where a `(0)` is sometimes typed).
  let national: string | undefined;
  if (international) national = digits.replace(/^(?:00)?33/, "").replace(/^0/, "");
  else if (digits.length === 10 && digits.charAt(0) === "0") national = digits.slice(1);
  else if (digits.length === 9 && typeof value === "number") national = digits;
  if (national === undefined || !/^[1-9]\d{8}$/.test(national)) return flag("invalid", "phone", "notPhone", { value: text });
  const pairs = national.slice(1).replace(/(\d{2})(?=\d)/g, "$1 ");
  const written = international ? `+33 ${national.charAt(0)} ${pairs}` : `0${national.charAt(0)} ${pairs}`;
  return fixIfChanged(value, written, "phone", "phone");
}
