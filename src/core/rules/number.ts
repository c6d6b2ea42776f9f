import type { Field } from "../schema/field";
import { isSheetDate, type Cell } from "../table";
import { quantityOutcome, readLength } from "./units";
import { flag, KEEP, type CellContext, type RuleOutcome } from "./types";

/**
 * A value of a number or integer field (lengths, altitudes, counts), as a JS number in the
 * field's unit.
 *
 * @example
 * numberRule("8,4 km", longueur, ctx)                     // fix 8400 (metres)
 * numberRule("6900 m", longueur, ctx)                     // fix 6900
 * numberRule("8,8", longueur, { headerUnit: "km", ... })  // fix 8800
 * numberRule("1 465 m", altitudeMax, ctx)                 // fix 1465
 * numberRule("12,5", altitudeMax, ctx)                    // flag "invalid": not a whole number
 */
export function numberRule(value: Cell, field: Field, context: CellContext): RuleOutcome {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return flag("invalid", "number", "notNumber", { value: String(value) });
    return quantityOutcome(value, { amount: value, french: false }, field, context);
  }
  if (typeof value === "string") {
    if (value === "") return KEEP;
    const q = readLength(value);
    return q ? quantityOutcome(value, q, field, context) : flag("invalid", "number", "notNumber", { value });
  }
  if (isSheetDate(value)) return flag("invalid", "number", "sheetDateHere", { value: value.date });
  return flag("invalid", "number", "notNumber", { value: String(value) });
}
