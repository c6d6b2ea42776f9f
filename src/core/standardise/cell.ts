import { standardiseMessage } from "../messages/standardise";
import {
  booleanRule,
  caseRule,
  codeRule,
  dateRule,
  durationRule,
  emailRule,
  enumRule,
  listRule,
  numberRule,
  phoneRule,
  timeRule,
  trimText,
  urlRule,
  wktPointRule,
  type CellContext,
  type RuleOutcome,
} from "../rules";
import type { Field } from "../schema/field";
import type { Cell } from "../table";
import type { UntouchedReason } from "./types";
import { fieldKind, type FieldKind } from "./kind";

/** What the standardiser makes of one cell: at most one change (the final value) and one remark. */
export interface CellResult {
  readonly change?: { readonly after: Cell; readonly rule: string; readonly message: string; readonly review?: boolean };
  readonly issue?: { readonly reason: UntouchedReason; readonly rule: string; readonly message: string; readonly suggestion?: Cell };
}

const NOTHING: CellResult = {};

/**
 * Trim first, then the rule of the field's kind. The change carries the main rule's name (`units`
 * for `" 8,4 km"`), `trim` only when spaces were all there was to fix: the preview groups by it.
 */
export function standardiseCell(value: Cell, field: Field, context: CellContext, kind: FieldKind = fieldKind(field)): CellResult {
  if (kind === "opaque") return NOTHING;
  const trimmed = typeof value === "string" ? trimText(value, field.role === "text") : value;
  // NaN is never equal to itself: compare texts only.
  const spaces = typeof value === "string" && trimmed !== value;
  const outcome = trimmed === "" ? undefined : kindRule(kind, trimmed, field, context);
  const result: { change?: CellResult["change"]; issue?: CellResult["issue"] } = {};
  if (outcome?.kind === "fix") {
    result.change = { after: outcome.value, rule: outcome.rule, message: standardiseMessage(outcome.message, outcome.params), review: outcome.review };
  } else if (spaces) {
    result.change = { after: trimmed, rule: "trim", message: standardiseMessage("trim") };
  }
  if (outcome?.kind === "flag") {
    result.issue = { reason: outcome.reason, rule: outcome.rule, message: standardiseMessage(outcome.message, outcome.params), suggestion: outcome.suggestion };
  }
  return result;
}

function kindRule(kind: FieldKind, value: Cell, field: Field, context: CellContext): RuleOutcome | undefined {
  switch (kind) {
    case "boolean":
      return booleanRule(value, field);
    case "number":
      return numberRule(value, field, context);
    case "duration":
      return durationRule(value, field, context);
    case "date":
      return dateRule(value, field, context);
    case "time":
      return timeRule(value, field, context);
    case "email":
      return emailRule(value);
    case "url":
      return urlRule(value);
    case "enum":
      return typeof value === "string" || typeof value === "number" ? enumRule(String(value), field) : undefined;
    case "code":
      return codeRule(value, field);
    case "list":
      return listRule(value, field);
    case "phone":
      return phoneRule(value);
    case "wkt":
      return wktPointRule(value);
    case "text":
      return typeof value === "string" ? caseRule(value, field) : undefined;
    case "opaque":
      return undefined;
  }
}
