export { applyPlan, revertPlan } from "./apply";
export { standardiseCell, type CellResult } from "./cell";
export { fieldKind, type FieldKind } from "./kind";
export type { ColumnDecisions, StandardiseOptions } from "./options";
export { columnDecisions, standardise } from "./standardise";
export { suggestFix } from "./suggest";
export type { Change, Plan, Untouched, UntouchedReason } from "./types";
