import type { Cell, Table } from "../table";
import type { Plan } from "./types";

/** A new table with every change of the plan made; the input is not touched. */
export function applyPlan(table: Table, plan: Plan): Table {
  return write(table, plan, "after");
}

/** A new table with every changed cell put back as it was before the plan. */
export function revertPlan(table: Table, plan: Plan): Table {
  return write(table, plan, "before");
}

/** Rows without a change are shared with the input, not copied: tables are read-only data. */
function write(table: Table, plan: Plan, side: "before" | "after"): Table {
  let header: string[] | undefined;
  const rows = table.rows.slice();
  const copied = new Set<number>();
  for (const change of plan.changes) {
    const value: Cell = change[side];
    if (change.row === 1) {
      header = header ?? table.header.slice();
      header[change.column - 1] = String(value);
      continue;
    }
    const i = change.row - 2;
    if (i < 0 || i >= rows.length) continue;
    if (!copied.has(i)) {
      rows[i] = rows[i].slice();
      copied.add(i);
    }
    const row = rows[i] as Cell[];
    while (row.length < change.column - 1) row.push("");
    row[change.column - 1] = value;
  }
  return { header: header ?? table.header, rows };
}
