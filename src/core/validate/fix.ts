import type { Mapping } from "../mapping/types";
import type { Schema } from "../schema/field";
import { suggestFix } from "../standardise";
import { isEmptyCell } from "../table";
import { compileColumn, type CellCheck } from "./columns";
import type { FixFinder } from "./report";

/**
 * The standardiser's value for a wrong cell, proposed only when it would pass the column's
 * checks: "8,4" in an integer column becomes 8.4, still wrong, so nothing is proposed.
 */
export function standardiserFix(schema: Schema, mapping: Mapping): FixFinder {
  const units = new Map(mapping.columns.map((c) => [c.index + 1, c.unit] as const));
  const checks = new Map<string, CellCheck>();
  return (place) => {
    const field = schema.fields.find((f) => f.name === place.field);
    if (!field) return undefined;
    const fixed = suggestFix(place.value, field, { headerUnit: units.get(place.column) });
    if (fixed === undefined || isEmptyCell(fixed)) return undefined;
    let check = checks.get(field.name);
    if (!check) {
      check = compileColumn(field, schema, true);
      checks.set(field.name, check);
    }
    return check(fixed, place.row) === undefined ? fixed : undefined;
  };
}
