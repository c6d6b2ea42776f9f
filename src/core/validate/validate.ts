import type { Mapping } from "../mapping/types";
import { UNIT_NAMES } from "../messages/units";
import type { Field, Schema, Unit } from "../schema/field";
import { isEmptyCell, type Cell, type Table } from "../table";
import { casterFor } from "./cast";
import type { Problem } from "./codes";
import { compileColumn, type CellCheck } from "./columns";
import { standardiserFix } from "./fix";
import { inFrance } from "./france";
import { checkHeaders, headerLabel, type ActiveColumn } from "./headers";
import { DEFAULT_LIMIT, ReportBuilder, type FixFinder } from "./report";
import type { Report } from "./types";

export interface ValidateOptions {
  /** Items listed per severity (all are counted); 1000 by default. */
  readonly limit?: number;
  /** Proposes a corrected value for a wrong cell; the standardiser's by default. */
  readonly fix?: FixFinder;
}

const REQUIRED: Problem = { code: "constraint-error", note: "required" };
const GEOMETRY_REQUIRED: Problem = { code: "geometry-required", note: "required" };

/**
 * A column whose header states another unit than the field's (`Longueur (km)` for metres):
 * its numbers are well-formed but wrong by a factor, so each one is reported with its conversion.
 */
function withHeaderUnit(check: CellCheck, field: Field, unit: Unit | undefined): CellCheck {
  if (!unit || !field.unit || unit === field.unit) return check;
  const problem: Problem = { code: "type-error", note: "header-unit", params: { found: UNIT_NAMES[unit], unit: UNIT_NAMES[field.unit] }, fixable: true };
  return (value, row) => check(value, row) ?? problem;
}

interface CompiledColumn extends ActiveColumn {
  readonly check: CellCheck;
  readonly whenEmpty: Problem | undefined;
}

function isBlankRow(row: readonly Cell[]): boolean {
  for (const cell of row) if (!isEmptyCell(cell)) return false;
  return true;
}

/**
 * Latitude and longitude columns (the agenda): a pair in France once swapped was typed in the
 * wrong order; a pair outside France whose cells passed their own checks is reported once.
 */
function pairCheck(columns: readonly CompiledColumn[]) {
  const lat = columns.find((c) => c.field.name === "latitude" && c.field.type === "number");
  const lon = columns.find((c) => c.field.name === "longitude" && c.field.type === "number");
  if (!lat || !lon) return undefined;
  const castLat = casterFor(lat.field);
  const castLon = casterFor(lon.field);
  /** `cellsOk`: neither cell had a problem of its own. */
  const check = (row: readonly Cell[], cellsOk: boolean): { column: ActiveColumn; problem: Problem } | undefined => {
    const la = row[lat.index];
    const lo = row[lon.index];
    if (la === undefined || lo === undefined || isEmptyCell(la) || isEmptyCell(lo)) return undefined;
    const y = castLat(la);
    const x = castLon(lo);
    if (typeof y !== "number" || typeof x !== "number" || inFrance(x, y)) return undefined;
    const params = { lat: String(y), lon: String(x) };
    if (inFrance(y, x)) return { column: lat, problem: { code: "reversed-french-gps-coordinates", note: "gps-reversed-columns", params } };
    return cellsOk ? { column: lat, problem: { code: "french-gps-coordinates", note: "gps-outside", params } } : undefined;
  };
  return { lat: lat.index, lon: lon.index, check };
}

/**
 * Validates a table against a schema through a mapping of its columns. Rows are reported with
 * their sheet numbers (header = 1); every problem is counted, the first `limit` are listed.
 */
export function validate(table: Table, schema: Schema, mapping: Mapping, options: ValidateOptions = {}): Report {
  const report = new ReportBuilder(options.limit ?? DEFAULT_LIMIT, options.fix ?? standardiserFix(table, schema, mapping));
  const units = new Map(mapping.columns.map((c) => [c.index, c.unit] as const));
  const columns: CompiledColumn[] = checkHeaders(table, schema, mapping, report).map((c) => ({
    ...c,
    check: withHeaderUnit(compileColumn(c.field, schema), c.field, units.get(c.index)),
    whenEmpty: c.field.required ? (c.field.type === "geometry" ? GEOMETRY_REQUIRED : REQUIRED) : undefined,
  }));
  const pair = pairCheck(columns);
  const width = table.header.length;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const rowNumber = i + 2;
    if (isBlankRow(row)) {
      report.add("blank-row", { row: rowNumber, column: 0, field: null, value: "" });
      continue;
    }
    let pairOk = true;
    for (const column of columns) {
      const index = column.index;
      if (index >= row.length) {
        report.add("missing-cell", { row: rowNumber, column: index + 1, field: column.field.name, value: "" }, () => ({ header: headerLabel(table, index) }));
        continue;
      }
      const value = row[index];
      const problem = isEmptyCell(value) ? column.whenEmpty : column.check(value, rowNumber);
      if (problem) {
        if (pair && (index === pair.lat || index === pair.lon)) pairOk = false;
        report.addProblem(problem, { row: rowNumber, column: index + 1, field: column.field.name, value });
      }
    }
    for (let c = width; c < row.length; c++) {
      if (!isEmptyCell(row[c])) report.add("extra-cell", { row: rowNumber, column: c + 1, field: null, value: row[c] });
    }
    const found = pair?.check(row, pairOk);
    if (found) report.addProblem(found.problem, { row: rowNumber, column: found.column.index + 1, field: found.column.field.name, value: row[found.column.index] });
  }
  return report.build();
}
