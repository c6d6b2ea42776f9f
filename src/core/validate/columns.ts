/**
 * One check function per checked column, compiled once per validation: type, then constraints,
 * then the custom checks of the field. The first problem found is the cell's only one.
 */
import type { Field, Schema } from "../schema/field";
import type { Cell } from "../table";
import { casterFor, isProblem, type Typed } from "./cast";
import type { Problem } from "./codes";
import { constraintsFor } from "./constraints";
import { franceProblem, readGeometry } from "./geometry";
import { checkSiret } from "./siret";

/** Checks a non-empty cell of the column; `row` is the sheet row. */
export type CellCheck = (value: Cell, row: number) => Problem | undefined;

type CustomCheck = (typed: Typed) => Problem | undefined;

const SIRET_FORMAT: Problem = { code: "french-siret-value", note: "siret", fixable: true };
const SIRET_CHECKSUM: Problem = { code: "french-siret-value", note: "siret-checksum" };

function siretCheck(typed: Typed): Problem | undefined {
  const check = checkSiret(String(typed));
  return check === "ok" ? undefined : check === "format" ? SIRET_FORMAT : SIRET_CHECKSUM;
}

function geometryCheck(expected: string): (value: Cell) => Problem | undefined {
  return (value) => {
    const positions = readGeometry(value, expected);
    return Array.isArray(positions) ? franceProblem(positions, expected) : (positions as Problem);
  };
}

/** The schema's `custom_checks` naming this column, and the parking point of the randonnée. */
function customChecksFor(field: Field, schema: Schema): CustomCheck[] {
  const checks: CustomCheck[] = [];
  for (const custom of schema.customChecks) {
    if (custom.name === "french-siret-value" && custom.params.column === field.name) checks.push(siretCheck);
  }
  if (field.role === "wkt-point") checks.push(geometryCheck("Point"));
  return checks;
}

/** `stateless`: without the uniqueness check, to try a proposed value without recording it. */
export function compileColumn(field: Field, schema: Schema, stateless = false): CellCheck {
  if (field.type === "geometry") return geometryCheck(field.geometryType ?? "LineString");
  const cast = casterFor(field);
  const checks = constraintsFor(field, schema, stateless);
  const custom = customChecksFor(field, schema);
  return (value, row) => {
    const typed = cast(value);
    if (isProblem(typed)) return typed;
    for (const check of checks) {
      const problem = check(typed, row);
      if (problem) return problem;
    }
    for (const check of custom) {
      const problem = check(typed);
      if (problem) return problem;
    }
    return undefined;
  };
}
