import { DEFAULT_CONTEXT, type CellContext } from "../rules";
import type { Field } from "../schema/field";
import type { Cell } from "../table";
import { standardiseCell } from "./cell";

/**
 * The value the standardiser would write in place of this one, or undefined when it would leave
 * it as is. For the validator, to propose a fix next to an error.
 *
 * @example
 * suggestFix("8,4 km", longueur)  // 8400
 * suggestFix("3h30", duree)       // 3.5
 * suggestFix("pédestre", pratique) // undefined
 */
export function suggestFix(value: Cell, field: Field, context: Partial<CellContext> = {}): Cell | undefined {
  return standardiseCell(value, field, { ...DEFAULT_CONTEXT, ...context }).change?.after;
}
