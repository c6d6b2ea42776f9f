/** Golden tests: each case the samples README names, through the whole standardiser. */
import { mapHeaders } from "../../../src/core/mapping";
import { loadSchema, type SchemaId } from "../../../src/core/schema";
import { applyPlan, standardise, type Plan, type StandardiseOptions } from "../../../src/core/standardise";
import type { Mapping } from "../../../src/core/mapping/types";
import type { Cell, Table } from "../../../src/core/table";
import { AGENDA, CEYRANDO, ESCAPADE, mappingFor, readSample, THREE_DE } from "./samples";

function run(file: string, delimiter: string, schemaId: SchemaId, fields: Parameters<typeof mappingFor>[2], options?: StandardiseOptions, encoding?: "windows-1252") {
  const table = readSample(file, delimiter, encoding);
  const schema = loadSchema(schemaId);
  const mapping = mapHeaders(table.header, schema);
  const plan = standardise(table, schema, mapping, options);
  /** The final value proposed for a cell, by sheet row and field; undefined when nothing changes. */
  const after = (row: number, field: string): Cell | undefined => plan.changes.find((c) => c.row === row && c.field === field)?.after;
  const remark = (row: number, field: string) => plan.untouched.find((u) => u.row === row && u.field === field);
  return { table, schema, mapping, plan, after, remark, fields };
}

function changedColumns(plan: Plan): Set<number> {
  return new Set(plan.changes.map((c) => c.column));
}

describe("randonnees-3de.csv (semicolons, French Excel export)", () => {
  const s = run("randonnees-3de.csv", ";", "randonnee", THREE_DE);
  test("distances in km with a decimal comma, a point, in metres or bare all end in metres", () => {
    expect([2, 3, 4, 5, 6, 8, 9].map((r) => s.after(r, "longueur"))).toEqual([8400, 11900, 6900, 8800, 5200, 12000, 14300]);
  });
  test("durations 3h30, 4 h, 2h15, 2,5 and 1h 45 min end in hours", () => {
    expect([2, 3, 4, 5, 6].map((r) => s.after(r, "duree"))).toEqual([3.5, 4, 2.25, 2.5, 1.75]);
  });
  test("½ journée and 1 jour are left for review without hours per day", () => {
    expect(s.remark(8, "duree")).toMatchObject({ reason: "review", value: "½ journée" });
    expect(s.remark(9, "duree")).toMatchObject({ reason: "review", value: "1 jour" });
  });
  test("with 8 hours a day they become 4 and 8 hours, marked for review", () => {
    const withDays = run("randonnees-3de.csv", ";", "randonnee", THREE_DE, { hoursPerDay: 8 });
    expect(withDays.plan.changes.filter((c) => c.field === "duree" && c.review).map((c) => c.after)).toEqual([4, 8]);
  });
  test("no-break and narrow no-break spaces as thousands separators: 1 465 m and 1 012 m", () => {
    expect(s.table.rows[0][8]).toBe("1\u00a0465 m");
    expect(s.after(2, "altitude_max")).toBe(1465);
    expect(s.after(9, "altitude_max")).toBe(1012);
  });
  test("dates 24/09/2015, 12 mars 2018, 02/05/16, 1er juin 2019 become ISO, ISO stays", () => {
    expect([2, 3, 5, 8].map((r) => s.after(r, "date_creation"))).toEqual(["2015-09-24", "2018-03-12", "2016-05-02", "2019-06-01"]);
    expect(s.after(4, "date_creation")).toBeUndefined();
  });
  test("the name in capitals loses its trailing space and is left for review", () => {
    expect(s.after(2, "nom_itineraire")).toBe("LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS");
    expect(s.remark(2, "nom_itineraire")).toMatchObject({ reason: "review", rule: "case" });
  });
  test("a lower-case name gets its capital", () => expect(s.after(3, "nom_itineraire")).toBe("Plateau de gergovie"));
  test("pratique Pédestre, pedestre become pédestre; RANDONNÉE PÉDESTRE is a review suggesting pédestre", () => {
    expect(s.after(2, "pratique")).toBe("pédestre");
    expect(s.after(3, "pratique")).toBe("pédestre");
    expect(s.remark(5, "pratique")).toMatchObject({ reason: "review", suggestion: "pédestre" });
  });
  test("the URL without its scheme gets https://", () => {
    expect(s.after(2, "url")).toBe("https://www.clermontmetropole.eu/fileadmin/randos/3DE-01.pdf");
  });
  test("the email with capitals and a trailing space is lowered and trimmed", () => {
    expect(s.after(2, "contact")).toBe("randos.metropole@clermontmetropole.eu");
  });
  test("the leading spaces of the short description go", () => {
    expect(s.after(2, "presentation_courte")).toBe("Montée historique vers le sommet du puy de Dôme.");
  });
  test("the empty row, the missing contact and the missing date are left alone", () => {
    expect(s.plan.changes.filter((c) => c.row === 7)).toEqual([]);
    expect(s.plan.untouched.filter((u) => u.row === 7)).toEqual([]);
    expect(s.after(6, "contact")).toBeUndefined();
    expect(s.after(6, "date_creation")).toBeUndefined();
  });
});

describe("randonnees-escapade.csv (units in the headers)", () => {
  const s = run("randonnees-escapade.csv", ",", "randonnee", ESCAPADE);
  test("Longueur (km) values become metres and the header says so", () => {
    expect([2, 3, 4, 5, 6].map((r) => s.after(r, "longueur"))).toEqual([18600, 22100, 14000, 9500, 41200]);
    expect(s.after(1, "longueur")).toBe("Longueur (m)");
  });
  test("Temps (min) 95 becomes 1.5833 hours and the header says hours", () => {
    expect(s.after(2, "duree")).toBe(1.5833);
    expect(s.after(1, "duree")).toBe("Temps (h)");
  });
  test("D+ (m) already in the field's unit: numbers, header kept", () => {
    expect(s.after(2, "denivele_positif")).toBe(310);
    expect(s.after(1, "denivele_positif")).toBeUndefined();
  });
  test("lists of communes and INSEE codes get one separator", () => {
    expect(s.after(4, "communes_nom")).toBe("Pont-du-Château, Cournon-d'Auvergne");
    expect(s.after(4, "communes_code")).toBe("63284, 63124");
    expect(s.after(3, "communes_code")).toBe("63263, 63345");
    expect(s.after(2, "communes_nom")).toBeUndefined();
  });
  test("the comma inside the WKT point goes", () => expect(s.after(3, "parking_geometrie")).toBe("POINT(2.9388 45.7644)"));
  test("cycling and walking practices: Cyclo, cyclo, VTT, gravel", () => {
    expect(s.after(3, "pratique")).toBe("cyclo");
    expect(s.after(4, "pratique")).toBeUndefined();
    expect(s.after(2, "pratique")).toBeUndefined();
  });
  test("dates 04/10/2021 and 4 octobre 2021 become 2021-10-04", () => {
    expect(s.after(3, "date_modification")).toBe("2021-10-04");
    expect(s.after(4, "date_modification")).toBe("2021-10-04");
  });
});

describe("randonnees-ceyrando.csv (Windows-1252, CRLF, 12 extra columns)", () => {
  const s = run("randonnees-ceyrando.csv", ",", "randonnee", CEYRANDO, undefined, "windows-1252");
  test("accents survive the Windows-1252 decoding", () => expect(s.table.rows[0][2]).toBe("Ceyrat - Place de l'église"));
  test("durations 2H30, 3H15, 2H become hours", () => {
    expect([2, 3, 4].map((r) => s.after(r, "duree"))).toEqual([2, 2.5, 3.25]);
  });
  test("the Km column's bare 7 and 9.5 become metres", () => {
    expect(s.after(2, "longueur")).toBe(7000);
    expect(s.after(3, "longueur")).toBe(9500);
  });
  test("the 12 columns outside the schema are never touched", () => {
    const mapped = new Set(s.mapping.columns.filter((c) => c.field !== null).map((c) => c.index + 1));
    expect(s.mapping.columns.filter((c) => c.field === null)).toHaveLength(12);
    for (const column of changedColumns(s.plan)) expect(mapped.has(column)).toBe(true);
  });
});

describe("agenda-ceyrat-2021.csv (UTF-8 with BOM)", () => {
  const s = run("agenda-ceyrat-2021.csv", ",", "evenements", AGENDA);
  test("the byte-order mark is not part of the first header", () => expect(s.table.header[0]).toBe("Date"));
  test("dates 16/01/2021, samedi 13 mars 2021, 21/06/21, 14 juillet 2021 become ISO, ISO stays", () => {
    expect([2, 3, 4, 6].map((r) => s.after(r, "date_debut"))).toEqual(["2021-01-16", "2021-03-13", "2021-06-21", "2021-07-14"]);
    expect(s.after(7, "date_debut")).toBeUndefined();
  });
  test("the date range is left for review: there is no date_fin column", () => {
    expect(s.remark(5, "date_debut")).toMatchObject({ reason: "review", rule: "date-range", suggestion: "2021-07-03" });
  });
  test("times 20h30, 14h, 10:00 become hh:mm:ss", () => {
    expect([2, 3, 7].map((r) => s.after(r, "heure_debut"))).toEqual(["20:30:00", "14:00:00", "10:00:00"]);
  });
  test("the time range 9h-17h is left for review: there is no heure_fin column", () => {
    expect(s.remark(9, "heure_debut")).toMatchObject({ reason: "review", rule: "time-range" });
  });
  test("event types in any case take the schema's spelling", () => {
    expect(s.after(2, "type_evenement")).toBe("Concert");
    expect(s.after(4, "type_evenement")).toBe("Fête ou festival");
    expect(s.after(8, "type_evenement")).toBe("Cérémonie");
  });
  test("oui, Oui and non become true and false", () => {
    expect([2, 3, 4].map((r) => s.after(r, "gratuit"))).toEqual([false, true, true]);
  });
  test("the phone number in the contact column is invalid", () => {
    expect(s.remark(5, "contact_email")).toMatchObject({ reason: "invalid", value: "04 73 61 42 55" });
  });
  test("URLs without scheme get one, those with a scheme stay", () => {
    expect(s.after(4, "url")).toBe("https://www.ceyrat.fr/fete-musique");
    expect(s.after(3, "url")).toBeUndefined();
  });
  test("with date_fin and heure_fin columns, the ranges fill them", () => {
    const table: Table = {
      header: [...s.table.header, "Date de fin", "Heure de fin"],
      rows: s.table.rows.map((r) => [...r, "", ""]),
    };
    const mapping = mappingFor("evenements", table, { ...AGENDA, "Date de fin": "date_fin", "Heure de fin": "heure_fin" });
    const plan = standardise(table, s.schema, mapping);
    const at = (row: number, field: string) => plan.changes.find((c) => c.row === row && c.field === field);
    expect(at(5, "date_debut")).toMatchObject({ after: "2021-07-03", rule: "date-range" });
    expect(at(5, "date_fin")).toMatchObject({ before: "", after: "2021-07-04", rule: "date-range" });
    expect(at(9, "heure_debut")).toMatchObject({ after: "09:00:00", rule: "time-range" });
    expect(at(9, "heure_fin")).toMatchObject({ before: "", after: "17:00:00" });
  });
});

describe("the header mapping the golden tests rely on", () => {
  test.each([
    ["randonnees-3de.csv", ";", "randonnee", THREE_DE, undefined],
    ["randonnees-escapade.csv", ",", "randonnee", ESCAPADE, undefined],
    ["randonnees-ceyrando.csv", ",", "randonnee", CEYRANDO, "windows-1252"],
    ["agenda-ceyrat-2021.csv", ",", "evenements", AGENDA, undefined],
  ] as const)("%s: mapHeaders finds the fields and units written here by hand", (file, delimiter, schemaId, fields, encoding) => {
    const s = run(file, delimiter, schemaId, fields, undefined, encoding);
    const pick = (m: Mapping) => m.columns.map((c) => [c.header, c.field, c.unit ?? null]);
    expect(pick(s.mapping)).toEqual(pick(mappingFor(schemaId, s.table, fields)));
  });
});

describe("every sample, standardised twice", () => {
  test.each([
    ["randonnees-3de.csv", ";", "randonnee", THREE_DE, undefined],
    ["randonnees-escapade.csv", ",", "randonnee", ESCAPADE, undefined],
    ["randonnees-ceyrando.csv", ",", "randonnee", CEYRANDO, "windows-1252"],
    ["agenda-ceyrat-2021.csv", ",", "evenements", AGENDA, undefined],
  ] as const)("%s: a second run proposes nothing", (file, delimiter, schemaId, fields, encoding) => {
    const s = run(file, delimiter, schemaId, fields, { hoursPerDay: 8 }, encoding);
    const cleaned = applyPlan(s.table, s.plan);
    // The mapping remembered for the tab, made on the headers as they were.
    const again = standardise(cleaned, s.schema, s.mapping, { hoursPerDay: 8 });
    expect(s.plan.changes.length).toBeGreaterThan(0);
    expect(again.changes).toEqual([]);
  });
});
