import fc from "fast-check";
import * as rules from "../../../src/core/rules";
import { loadSchema, SCHEMA_IDS } from "../../../src/core/schema";
import { applyPlan, revertPlan, standardise, standardiseCell, suggestFix } from "../../../src/core/standardise";
import type { Table } from "../../../src/core/table";
import { anyCase, anyCell, hugeText } from "./arbitraries";

const ALL_FIELDS = SCHEMA_IDS.flatMap((id) => loadSchema(id).fields);
const RUNS = { numRuns: 500 };

describe("properties of every rule", () => {
  const contexts = fc.record({
    headerUnit: fc.constantFrom(undefined, "m", "km", "h", "min", "day" as const),
    columnUnit: fc.constantFrom(undefined, "m", "km", "h", "min", "day" as const),
    dateOrder: fc.constantFrom("DMY", "MDY", "mixed" as const),
    hoursPerDay: fc.constantFrom(undefined, 8),
  });

  test("no rule throws, whatever the cell and the field", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...ALL_FIELDS), contexts, (cell, field, context) => {
        standardiseCell(cell, field, context);
        const text = typeof cell === "string" ? cell : String(cell);
        rules.readDate(text, context.dateOrder);
        rules.readDateRange(text, context.dateOrder);
        rules.readTimeRange(text);
        rules.readDuration(text);
        rules.readLength(text);
        rules.parseDecimal(text);
        rules.trimText(text, true);
      }),
      { numRuns: 2000 },
    );
  });

  test("a cell's fix is a fixed point: fixing the fixed value changes nothing more", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...ALL_FIELDS), (cell, field) => {
        const fixed = suggestFix(cell, field);
        if (fixed !== undefined) expect(suggestFix(fixed, field)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test("no text becomes a new formula: a fix never starts with = unless the cell did", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(...ALL_FIELDS), (cell, field) => {
        const fixed = suggestFix(cell, field);
        if (typeof fixed === "string" && fixed.startsWith("=")) expect(String(cell).trim().startsWith("=")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("a 50,000-character text goes through every field", () => {
    for (const field of ALL_FIELDS) expect(() => standardiseCell(` ${hugeText} `, field, rules.DEFAULT_CONTEXT)).not.toThrow();
  });
});

describe("properties of the plan", () => {
  test("standardise never throws and every change starts from the table's own cell", () => {
    fc.assert(
      fc.property(anyCase, ({ schemaId, table, mapping, hoursPerDay }) => {
        const plan = standardise(table, loadSchema(schemaId), mapping, { hoursPerDay });
        for (const c of plan.changes) {
          const cell = c.row === 1 ? table.header[c.column - 1] : table.rows[c.row - 2][c.column - 1];
          expect(c.before).toEqual(cell);
          expect(c.after).not.toEqual(c.before);
        }
        for (const u of plan.untouched) expect(u.value).toEqual(table.rows[u.row - 2][u.column - 1]);
      }),
      RUNS,
    );
  });

  test("unmapped columns are never touched", () => {
    fc.assert(
      fc.property(anyCase, ({ schemaId, table, mapping, hoursPerDay }) => {
        const plan = standardise(table, loadSchema(schemaId), mapping, { hoursPerDay });
        const mapped = new Set(mapping.columns.filter((c) => c.field !== null).map((c) => c.index + 1));
        for (const c of plan.changes) expect(mapped.has(c.column)).toBe(true);
      }),
      RUNS,
    );
  });

  test("standardising a standardised table proposes nothing", () => {
    fc.assert(
      fc.property(anyCase, ({ schemaId, table, mapping, hoursPerDay }) => {
        const schema = loadSchema(schemaId);
        const cleaned = applyPlan(table, standardise(table, schema, mapping, { hoursPerDay }));
        expect(standardise(cleaned, schema, mapping, { hoursPerDay }).changes).toEqual([]);
      }),
      RUNS,
    );
  });

  test("reverting an applied plan gives the table back, and applying never mutates the input", () => {
    fc.assert(
      fc.property(anyCase, ({ schemaId, table, mapping, hoursPerDay }) => {
        const copy: Table = structuredClone(table);
        const plan = standardise(table, loadSchema(schemaId), mapping, { hoursPerDay });
        const cleaned = applyPlan(table, plan);
        expect(table).toEqual(copy);
        expect(revertPlan(cleaned, plan)).toEqual(table);
      }),
      RUNS,
    );
  });
});
