/**
 * The standardiser: a plan of changes (data) from the cleaning rules, never a silent rewrite.
 *
 * - Column decisions first (the unit the header states, the unit most cells write, the order of
 *   numeric dates), then each mapped cell: trim, then the rule of the field's kind.
 * - One change per cell, with the final value; its `rule` is the main rule that made it
 *   (`units` for `" 8,4 km"` → 8400), `trim` only when spaces were all there was to fix.
 *   Rule names: trim, case, decimal, number, units, duration, date, time, date-range,
 *   time-range, code, list, url, email, boolean, wkt, phone.
 * - Converted values are rounded to 4 decimals (95 min = 1.5833 h); values only rewritten
 *   (`8,4` → 8.4) keep all their decimals.
 * - A column whose values are converted from the unit its header states gets its header
 *   rewritten too (`Longueur (km)` → `Longueur (m)`, a change on row 1): the sheet stays
 *   truthful, and a second run proposes nothing.
 */
export { applyPlan, revertPlan } from "./apply";
export { standardiseCell, type CellResult } from "./cell";
export { fieldKind, type FieldKind } from "./kind";
export type { ColumnDecisions, StandardiseOptions } from "./options";
export { columnDecisions, standardise } from "./standardise";
export { suggestFix } from "./suggest";
export type { Change, Plan, Untouched, UntouchedReason } from "./types";
