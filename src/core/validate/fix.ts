import type { ColumnMatch, Mapping } from "../mapping/types";
import type { CellContext } from "../rules";
import type { Field, Schema } from "../schema/field";
import { fieldKind, suggestFix } from "../standardise";
import { columnContext } from "../standardise/column";
import { isEmptyCell, type Table } from "../table";
import { compileColumn, type CellCheck } from "./columns";
import type { FixFinder } from "./report";

interface ColumnFix {
  readonly field: Field;
  readonly context: CellContext;
  readonly check: CellCheck;
}

/**
 * The standardiser's value for a wrong cell, with the column's context as the standardiser
 * decides it (a bare `8,8` among `8,4 km` values is 8800 m), proposed only when it would pass
 * the column's checks: "8,4" in an integer column becomes 8.4, still wrong, so nothing is shown.
 * Columns are prepared on their first wrong cell only: a clean column costs nothing.
 */
export function standardiserFix(table: Table, schema: Schema, mapping: Mapping): FixFinder {
  const prepared = new Map<number, ColumnFix | undefined>();
  const prepare = (match: ColumnMatch | undefined): ColumnFix | undefined => {
    const field = match && schema.fields.find((f) => f.name === match.field);
    if (!match || !field) return undefined;
    const context = columnContext(table, match, field, fieldKind(field), {});
    return { field, context, check: compileColumn(field, schema, true) };
  };
  return (place) => {
    const index = place.column - 1;
    if (!prepared.has(index)) prepared.set(index, prepare(mapping.columns.find((c) => c.index === index)));
    const column = prepared.get(index);
    if (!column) return undefined;
    const fixed = suggestFix(place.value, column.field, column.context);
    if (fixed === undefined || isEmptyCell(fixed)) return undefined;
    return column.check(fixed, place.row) === undefined ? fixed : undefined;
  };
}
