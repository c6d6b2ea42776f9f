/**
 * Constraints of a field, checked on the typed value once the type is right. The first one that
 * fails is reported: one problem per cell keeps the report short.
 */
import { PATTERN_EXAMPLE } from "../messages/validate";
import type { Field, Schema } from "../schema/field";
import type { Problem } from "./codes";
import type { Typed } from "./cast";
import { fillTemplate, quote, quoteList } from "../messages/render";

/** Checks one typed value; `row` is the sheet row, for uniqueness. */
export type ConstraintCheck = (value: Typed, row: number) => Problem | undefined;

function constraintError(note: Problem["note"], params: Readonly<Record<string, string>>, fixable: boolean): Problem {
  return { code: "constraint-error", note, params, fixable };
}

/** Numbers as the schema writes them (45.7), so that a reader can find them in it. */
function show(n: number): string {
  return String(n);
}

/**
 * Table Schema patterns are anchored (XML Schema regular expressions match the whole value);
 * JSON Schema patterns are not (ECMA-262 `test`). Unicode mode first, as Ajv compiles them; a
 * pattern that compiles in neither mode is ignored rather than failing every cell: the schema is
 * wrong, not the sheet.
 */
function compilePattern(pattern: string, source: Schema["source"]): RegExp | undefined {
  const body = source === "tableschema" ? `^(?:${pattern})$` : pattern;
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(body, flags);
    } catch {
      // try the next mode
    }
  }
  return undefined;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

export function constraintsFor(field: Field, schema: Schema, withoutUnique = false): ConstraintCheck[] {
  const checks: ConstraintCheck[] = [];
  if (field.enum && field.enum.length > 0) {
    const allowed = new Set(field.enum);
    const problem = constraintError("enum", { values: quoteList(field.enum) }, true);
    checks.push((value) => (allowed.has(String(value)) ? undefined : problem));
  }
  const regex = field.pattern === undefined ? undefined : compilePattern(field.pattern, schema.source);
  if (regex && field.pattern !== undefined) {
    const example = field.example ? fillTemplate(PATTERN_EXAMPLE, { example: quote(field.example) }) : "";
    const problem = constraintError("pattern", { pattern: field.pattern, example }, true);
    checks.push((value) => (typeof value !== "string" || regex.test(value) ? undefined : problem));
  }
  const { minLength, maxLength, minimum, maximum } = field;
  if (minLength !== undefined || maxLength !== undefined) {
    checks.push((value) => {
      if (typeof value !== "string") return undefined;
      const length = codePoints(value);
      if (minLength !== undefined && length < minLength) return constraintError("minLength", { limit: show(minLength), length: show(length) }, false);
      if (maxLength !== undefined && length > maxLength) return constraintError("maxLength", { limit: show(maxLength), length: show(length) }, false);
      return undefined;
    });
  }
  if (minimum !== undefined) {
    const problem = constraintError("minimum", { limit: show(minimum) }, false);
    checks.push((value) => (typeof value === "number" && value < minimum ? problem : undefined));
  }
  if (maximum !== undefined) {
    const problem = constraintError("maximum", { limit: show(maximum) }, false);
    checks.push((value) => (typeof value === "number" && value > maximum ? problem : undefined));
  }
  const primaryKey = schema.primaryKey;
  if (!withoutUnique && (field.unique || (primaryKey && primaryKey.length === 1 && primaryKey[0] === field.name))) {
    // Typed values, so that 8400 and "8400.0" in a number column are the same value.
    const seen = new Map<Typed, number>();
    checks.push((value, row) => {
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, row);
        return undefined;
      }
      return constraintError("unique", { row: show(first) }, false);
    });
  }
  return checks;
}
