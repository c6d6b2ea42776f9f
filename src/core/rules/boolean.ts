import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { foldText } from "./fold";
import { fixIfChanged, flag, KEEP, type RuleOutcome } from "./types";

const TRUE_WORDS = new Set(["oui", "o", "yes", "y", "vrai", "true", "x", "1"]);
const FALSE_WORDS = new Set(["non", "n", "no", "faux", "false", "0"]);

/**
 * A yes/no value as the canonical boolean. A JSON Schema boolean is a JS boolean; a Table Schema
 * boolean too when its `trueValues` hold `true` (the cell then reads `true`, which validates),
 * otherwise the schema's first true or false value.
 *
 * @example
 * booleanRule("oui", gratuit)  // fix true
 * booleanRule("X", gratuit)    // fix true
 * booleanRule("non", gratuit)  // fix false
 * booleanRule("peut-être", gratuit) // flag "invalid"
 */
export function booleanRule(value: Cell, field: Field): RuleOutcome {
  if (value === "") return KEEP;
  const text = isSheetDate(value) ? value.date : String(value);
  const key = foldText(text);
  const truth = TRUE_WORDS.has(key) || text === "✓" ? true : FALSE_WORDS.has(key) ? false : undefined;
  if (truth === undefined || isSheetDate(value)) return flag("invalid", "boolean", "notBoolean", { value: text });
  const canonical = canonicalBoolean(truth, field);
  return fixIfChanged(value, canonical, "boolean", "boolean", { after: String(canonical) });
}

function canonicalBoolean(truth: boolean, field: Field): Cell {
  const values = truth ? field.trueValues : field.falseValues;
  if (values === undefined || values.length === 0 || values.indexOf(String(truth)) >= 0) return truth;
  return values[0];
}
