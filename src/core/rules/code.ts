import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

/**
 * Codes are text: a code typed as a number, or read as one by the spreadsheet, lost its leading
 * zeros. They are put back when the schema says how long the code is: its pattern (INSEE
 * `^([013-9]\d|2[AB1-9])\d{3}$`), or a title or description that speaks of INSEE codes.
 *
 * @example
 * codeRule(1004, communeCode)     // fix "01004"
 * codeRule(63014, communeCode)    // fix "63014"
 * codeRule("63014", communeCode)  // keep
 * codeRule(37037, idLocal)        // fix "37037"
 */
export function codeRule(value: Cell, field: Field): RuleOutcome {
  if (value === "") return KEEP;
  if (typeof value === "number") return Number.isFinite(value) ? fixIfChanged(value, restoreZeros(String(value), field), "code", "code") : flag("invalid", "code", "notNumber", { value: String(value) });
  if (typeof value === "string") return fixIfChanged(value, restoreZeros(value, field), "code", "code");
  if (isSheetDate(value)) return flag("invalid", "code", "sheetDateHere", { value: value.date });
  return KEEP;
}

/** Left zeros added to an all-digit code until it has the length the field asks for. */
export function restoreZeros(code: string, field: Field): string {
  if (!/^\d{1,13}$/.test(code)) return code;
  const pattern = anchoredPattern(field);
  if (pattern) {
    if (pattern.test(code)) return code;
    for (let padded = `0${code}`; padded.length <= 14; padded = `0${padded}`) if (pattern.test(padded)) return padded;
    return code;
  }
  return isInseeField(field) && code.length === 4 ? `0${code}` : code;
}

/** INSEE commune codes: five characters (`01004`, `2A004`). */
export function isInseeField(field: Field): boolean {
  return /insee/i.test(`${field.title} ${field.description}`);
}

const patterns = new Map<string, RegExp | null>();

/** Table Schema patterns match the whole value; a broken pattern is ignored here (the validator reports it). */
function anchoredPattern(field: Field): RegExp | undefined {
  if (field.pattern === undefined) return undefined;
  let re = patterns.get(field.pattern);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${field.pattern})$`);
    } catch {
      re = null;
    }
    patterns.set(field.pattern, re);
  }
  return re ?? undefined;
}
