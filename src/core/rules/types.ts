import type { MessageParams, StandardiseMessageKey } from "../messages/standardise";
import type { Unit } from "../schema/field";
import type { UntouchedReason } from "../standardise/types";
import type { Cell } from "../table";

/**
 * Which part of a numeric date comes first, decided once for a whole column; `mixed` when some
 * values prove day first and others month first: a person must look.
 */
export type DateOrder = "DMY" | "MDY" | "mixed";

/** What a rule may know beyond the cell: decisions taken for its column, and the user's options. */
export interface CellContext {
  /** Unit written in the column's header (`Longueur (km)`), when it measures what the field measures. */
  readonly headerUnit?: Unit;
  /** Unit most cells of the column write (`8,4 km`, `12 km`...), for the bare numbers among them. */
  readonly columnUnit?: Unit;
  readonly dateOrder: DateOrder;
  /** Hours in a day of walking, to turn `1 jour` into hours; without it, days are left for review. */
  readonly hoursPerDay?: number;
}

export const DEFAULT_CONTEXT: CellContext = { dateOrder: "DMY" };

/** Rule names, as the preview groups changes. */
export type RuleName =
  | "trim"
  | "case"
  | "decimal"
  | "number"
  | "units"
  | "duration"
  | "date"
  | "time"
  | "date-range"
  | "time-range"
  | "code"
  | "list"
  | "url"
  | "email"
  | "boolean"
  | "wkt"
  | "phone";

/** What a rule says of one value. */
export type RuleOutcome =
  /** The value is right as it is (for this rule). */
  | { readonly kind: "keep" }
  | {
      readonly kind: "fix";
      readonly value: Cell;
      readonly rule: RuleName;
      readonly message: StandardiseMessageKey;
      readonly params?: MessageParams;
      /** Converted on an assumption the user stated (hours per day): shown for review. */
      readonly review?: boolean;
    }
  | {
      readonly kind: "flag";
      readonly reason: UntouchedReason;
      readonly rule: RuleName;
      readonly message: StandardiseMessageKey;
      readonly params?: MessageParams;
      readonly suggestion?: Cell;
    };

export const KEEP: RuleOutcome = { kind: "keep" };

export function fix(
  value: Cell,
  rule: RuleName,
  message: StandardiseMessageKey,
  params?: MessageParams,
  review?: boolean,
): RuleOutcome {
  return { kind: "fix", value, rule, message, params, review };
}

export function flag(
  reason: UntouchedReason,
  rule: RuleName,
  message: StandardiseMessageKey,
  params?: MessageParams,
  suggestion?: Cell,
): RuleOutcome {
  return { kind: "flag", reason, rule, message, params, suggestion };
}

/** A fix when the new value differs from the cell, else keep: rules stay idempotent by construction. */
export function fixIfChanged(
  before: Cell,
  after: Cell,
  rule: RuleName,
  message: StandardiseMessageKey,
  params?: MessageParams,
): RuleOutcome {
  return before === after ? KEEP : fix(after, rule, message, params);
}
