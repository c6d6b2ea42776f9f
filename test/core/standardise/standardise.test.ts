import type { Mapping } from "../../../src/core/mapping/types";
import { fieldByName, loadSchema } from "../../../src/core/schema";
import { applyPlan, columnDecisions, revertPlan, standardise, suggestFix } from "../../../src/core/standardise";
import type { Table } from "../../../src/core/table";

const rando = loadSchema("randonnee");
const agenda = loadSchema("evenements");

function mapped(table: Table, fields: readonly (string | null)[], schemaId = "randonnee"): Mapping {
  return { schemaId, columns: table.header.map((header, index) => ({ index, header, field: fields[index], confidence: 1 })) };
}

describe("standardise", () => {
  const table: Table = {
    header: ["Nom", "Distance", "Remarques"],
    rows: [
      ["  Le tour du lac ", " 8,4 km", "  à revoir  "],
      ["", "", ""],
      ["plateau de gergovie", "6900 m", "x"],
    ],
  };
  const plan = standardise(table, rando, mapped(table, ["nom_itineraire", "longueur", null]));

  test("one change per cell, named after its main rule: units, not trim, for \" 8,4 km\"", () => {
    expect(plan.changes.filter((c) => c.row === 2 && c.column === 2)).toEqual([
      expect.objectContaining({ before: " 8,4 km", after: 8400, rule: "units", field: "longueur" }),
    ]);
  });
  test("spaces alone make a trim change", () => {
    expect(plan.changes.find((c) => c.row === 2 && c.column === 1)).toMatchObject({ after: "Le tour du lac", rule: "trim" });
  });
  test("an unmapped column is never touched", () => expect(plan.changes.filter((c) => c.column === 3)).toEqual([]));
  test("empty cells are left alone", () => expect(plan.changes.filter((c) => c.row === 3)).toEqual([]));
  test("changes come in sheet order, row by row", () => {
    expect(plan.changes.map((c) => [c.row, c.column])).toEqual([[2, 1], [2, 2], [4, 1], [4, 2]]);
  });
  test("every message is French text without a left-over placeholder", () => {
    for (const c of plan.changes) expect(c.message).not.toMatch(/\{\w+\}/);
  });
  test("the table is not modified", () => expect(table.rows[0][1]).toBe(" 8,4 km"));
});

describe("applyPlan and revertPlan", () => {
  const table: Table = { header: ["Durée"], rows: [["3h30"], ["2,5"], ["4"]] };
  const plan = standardise(table, rando, mapped(table, ["duree"]));
  test("applyPlan writes every after into a new table", () => {
    expect(applyPlan(table, plan).rows).toEqual([[3.5], [2.5], [4]]);
    expect(table.rows[0][0]).toBe("3h30");
  });
  test("rows without a change are shared, not copied", () => {
    const small: Table = { header: ["Durée"], rows: [["3h30"], [2]] };
    const applied = applyPlan(small, standardise(small, rando, mapped(small, ["duree"])));
    expect(applied.rows[1]).toBe(small.rows[1]);
  });
  test("revertPlan puts every before back", () => expect(revertPlan(applyPlan(table, plan), plan)).toEqual(table));
  test("a header change is applied to the header row", () => {
    const km: Table = { header: ["Longueur (km)"], rows: [["8,4"]] };
    const mapping: Mapping = { schemaId: "randonnee", columns: [{ index: 0, header: "Longueur (km)", field: "longueur", confidence: 1, unit: "km" }] };
    const applied = applyPlan(km, standardise(km, rando, mapping));
    expect(applied).toEqual({ header: ["Longueur (m)"], rows: [[8400]] });
  });
});

describe("ranges across two columns", () => {
  const fields = ["date_debut", "date_fin"];
  test("the end goes to an empty partner cell, as a change from an empty string", () => {
    const table: Table = { header: ["Début", "Fin"], rows: [["03/07/2021 - 04/07/2021", ""]] };
    expect(standardise(table, agenda, mapped(table, fields, "evenements")).changes).toEqual([
      expect.objectContaining({ row: 2, column: 1, after: "2021-07-03", rule: "date-range" }),
      expect.objectContaining({ row: 2, column: 2, before: "", after: "2021-07-04", rule: "date-range" }),
    ]);
  });
  test("a partner cell that already says the same end is fixed by its own rule", () => {
    const table: Table = { header: ["Début", "Fin"], rows: [["03/07/2021 - 04/07/2021", "04/07/2021"]] };
    const plan = standardise(table, agenda, mapped(table, fields, "evenements"));
    expect(plan.changes.map((c) => [c.column, c.after, c.rule])).toEqual([[1, "2021-07-03", "date-range"], [2, "2021-07-04", "date"]]);
  });
  test("a partner cell that says another end is a review, nothing changes", () => {
    const table: Table = { header: ["Début", "Fin"], rows: [["03/07/2021 - 04/07/2021", "05/07/2021"]] };
    const plan = standardise(table, agenda, mapped(table, fields, "evenements"));
    expect(plan.changes.filter((c) => c.column === 1)).toEqual([]);
    expect(plan.untouched[0]).toMatchObject({ reason: "review", rule: "date-range", suggestion: "2021-07-03" });
  });
  test("a range typed in the end column is a review", () => {
    const table: Table = { header: ["Début", "Fin"], rows: [["", "9h-17h"]] };
    const plan = standardise(table, agenda, mapped(table, ["heure_debut", "heure_fin"], "evenements"));
    expect(plan.untouched[0]).toMatchObject({ reason: "review", rule: "time-range", suggestion: "17:00:00" });
  });
});

describe("column decisions", () => {
  test("a column where a value has its first part over 12 reads 02/05/16 day first", () => {
    const table: Table = { header: ["Date"], rows: [["24/09/2015"], ["02/05/16"]] };
    expect(standardise(table, rando, mapped(table, ["date_creation"])).changes.map((c) => c.after)).toEqual(["2015-09-24", "2016-05-02"]);
  });
  test("a column where a value has its second part over 12 reads 02/05/2016 month first", () => {
    const table: Table = { header: ["Date"], rows: [["09/24/2015"], ["02/05/2016"]] };
    expect(standardise(table, rando, mapped(table, ["date_creation"])).changes.map((c) => c.after)).toEqual(["2015-09-24", "2016-02-05"]);
  });
  test("a bare number in a column that mostly says km is in km", () => {
    const table: Table = { header: ["Distance"], rows: [["8,4 km"], ["12 km"], ["8,8"]] };
    expect(standardise(table, rando, mapped(table, ["longueur"])).changes.map((c) => c.after)).toEqual([8400, 12000, 8800]);
  });
  test("one km among bare numbers does not make them km", () => {
    const table: Table = { header: ["Distance"], rows: [["8,4 km"], ["700"], ["950"]] };
    expect(standardise(table, rando, mapped(table, ["longueur"])).changes.map((c) => c.after)).toEqual([8400, 700, 950]);
  });
});

describe("suggestFix", () => {
  const field = (name: string) => fieldByName(rando, name)!;
  test("gives the value the standardiser would write", () => {
    expect(suggestFix("8,4 km", field("longueur"))).toBe(8400);
    expect(suggestFix("3h30", field("duree"))).toBe(3.5);
    expect(suggestFix(" Pédestre", field("pratique"))).toBe("pédestre");
  });
  test("uses the column's context when given", () => expect(suggestFix(95, field("duree"), { headerUnit: "min" })).toBe(1.5833));
  test("gives nothing for a right value or one it cannot fix", () => {
    expect(suggestFix("pédestre", field("pratique"))).toBeUndefined();
    expect(suggestFix("RANDONNÉE PÉDESTRE", field("pratique"))).toBeUndefined();
    expect(suggestFix("1 jour", field("duree"))).toBeUndefined();
  });
});

describe("a large sheet planned in chunks of rows", () => {
  const table: Table = { header: ["Distance", "Date"], rows: [["8,4 km", "24/09/2015"], ["12 km", "02/05/16"], ["9,1 km", "03/04/17"], ["8,8", "02/05/16"]] };
  const mapping = mapped(table, ["longueur", "date_creation"]);
  const lastChunk: Table = { header: table.header, rows: table.rows.slice(3) };
  test("alone, the last chunk decides neither the column's km nor its day-first order", () => {
    const plan = standardise(lastChunk, rando, mapping);
    expect(plan.changes.map((c) => c.after)).toEqual([8.8, "2016-05-02"]);
  });
  test("with the whole sheet's decisions, it reads 8,8 as km", () => {
    const decisions = columnDecisions(table, rando, mapping);
    expect(standardise(lastChunk, rando, mapping, { decisions }).changes.map((c) => c.after)).toEqual([8800, "2016-05-02"]);
  });
  test("a chunk read after the header was rewritten does not rewrite it again", () => {
    const km: Table = { header: ["Longueur (km)"], rows: [["8,4"], ["9"]] };
    const kmMapping: Mapping = { schemaId: "randonnee", columns: [{ index: 0, header: "Longueur (km)", field: "longueur", confidence: 1, unit: "km" }] };
    const decisions = columnDecisions(km, rando, kmMapping);
    const second: Table = { header: ["Longueur (m)"], rows: [["9"]] };
    expect(standardise(second, rando, kmMapping, { decisions }).changes).toEqual([expect.objectContaining({ row: 2, after: 9000 })]);
  });
});

describe("catalogue", () => {
  const catalogue = loadSchema("catalogue");
  test("a period typed in COUV_TEMP_DEBUT fills an empty COUV_TEMP_FIN", () => {
    const table: Table = { header: ["COUV_TEMP_DEBUT", "COUV_TEMP_FIN"], rows: [["01/01/2017 - 31/12/2017", ""]] };
    const plan = standardise(table, catalogue, mapped(table, ["COUV_TEMP_DEBUT", "COUV_TEMP_FIN"], "catalogue"));
    expect(plan.changes.map((c) => [c.field, c.after])).toEqual([["COUV_TEMP_DEBUT", "2017-01-01"], ["COUV_TEMP_FIN", "2017-12-31"]]);
  });
  test("keywords get the catalogue's ; and a SIRET read as a number becomes text", () => {
    const table: Table = { header: ["MOTS_CLES", "COLL_SIRET"], rows: [["randonnée, sentiers", 24630117400017]] };
    const plan = standardise(table, catalogue, mapped(table, ["MOTS_CLES", "COLL_SIRET"], "catalogue"));
    expect(plan.changes.map((c) => c.after)).toEqual(["randonnée;sentiers", "24630117400017"]);
  });
});
