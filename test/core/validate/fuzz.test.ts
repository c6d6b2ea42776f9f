import fc from "fast-check";
import { loadSchema, SCHEMA_IDS } from "../../../src/core/schema";
import type { Cell, Table } from "../../../src/core/table";
import { validate } from "../../../src/core/validate";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string().map((s) => s.replace(/[{}]/g, "")),
  fc.constantFrom("", " ", "8,4 km", "POINT(3.1 45.7)", "POINT(3.1, 45.7)", "LINESTRING(", '{"type":"LineString"}', "[{}]", "2021-02-29", "oui", "\u0000\n"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.record({ kind: fc.constant("date" as const), date: fc.constantFrom("2021-06-21", "", "x"), time: fc.constantFrom("00:00:00", "18:30:00", "") }),
);

describe("any table, any mapping: validate never throws and counts what it lists", () => {
  test.each(SCHEMA_IDS)("%s", (id) => {
    const schema = loadSchema(id);
    const names = [...schema.fields.map((f) => f.name), "inconnu"];
    fc.assert(
      fc.property(
        // Braces are kept out so that a placeholder left in a message shows (values with
        // braces are shown as typed, see validate.test.ts).
        fc.array(fc.string({ maxLength: 8 }).map((h) => h.replace(/[{}]/g, "")), { maxLength: 8 }),
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 }),
        fc.array(fc.constantFrom<string | null>(...names, null), { maxLength: 10 }),
        fc.integer({ min: 0, max: 5 }),
        (header, rows, fields, limit) => {
          const table: Table = { header, rows };
          const mapping = { schemaId: id, columns: fields.map((field, index) => ({ index, header: header[index] ?? "", field, confidence: 1 })) };
          const report = validate(table, schema, mapping, { limit });
          const counted = Object.values(report.counts).reduce((a, b) => a + b, 0);
          expect(counted).toBe(report.errorCount + report.warningCount);
          expect(report.errors.length).toBe(Math.min(limit, report.errorCount));
          expect(report.valid).toBe(report.errorCount === 0);
          for (const item of [...report.errors, ...report.warnings]) expect(item.message).not.toMatch(/\{[a-zA-Z]+\}/); // no placeholder left unfilled
        },
      ),
      { numRuns: 300 },
    );
  });
});
