// 100,000 messy randonnée rows × 20 columns through the standardiser: plan, then apply.
import { mapHeaders } from "../src/core/mapping";
import { loadSchema } from "../src/core/schema";
import { applyPlan, standardise, type Plan } from "../src/core/standardise";
import type { Table } from "../src/core/table";
import { measure } from "./measure";
import { generateRandonneeTable } from "./randonnee-data";

const ROWS = 100_000;
const schema = loadSchema("randonnee");

let table: Table = { header: [], rows: [] };
measure("generate 100k × 20", ROWS, () => {
  table = generateRandonneeTable(ROWS, 42);
});
const mapping = mapHeaders(table.header, schema);
console.log(`mapped columns: ${mapping.columns.filter((c) => c.field !== null).length} of ${table.header.length}`);

let plan: Plan = { changes: [], untouched: [] };
measure("standardise 100k × 20", ROWS, () => {
  plan = standardise(table, schema, mapping, { hoursPerDay: 8 });
});
console.log(`changes: ${plan.changes.length}, untouched: ${plan.untouched.length}`);

measure("applyPlan 100k × 20", ROWS, () => applyPlan(table, plan));
