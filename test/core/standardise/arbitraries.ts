/** Generators of cells and tables for the property tests: realistic mess, and anything at all. */
import fc from "fast-check";
import type { Mapping } from "../../../src/core/mapping/types";
import { loadSchema, type SchemaId, type Unit } from "../../../src/core/schema";
import type { Cell, SheetDate, Table } from "../../../src/core/table";

/** Values met in the samples and their near relatives: they make the rules actually fire. */
export const MESSY = [
  "8,4 km", "6900 m", "8,8", "11.9 km", "1\u00a0465 m", "1\u202f012 m", "12,5 m", "1,23456 km", "3 h",
  "3h30", "2H30", "1h 45 min", "90 min", "2,5", "4 h", "½ journée", "1 jour", "3h75", "95",
  "24/09/2015", "12 mars 2018", "1er juin 2019", "02/05/16", "31/02/2021", "09/24/2015", "13/13/2021",
  "samedi 13 mars 2021", "lundi 13 mars 2021", "13 mars", "03/07/2021 - 04/07/2021", "du 3 au 4 juillet 2021",
  "20h30", "14h", "10:00", "08h30", "9h-17h", "25h",
  "Pédestre", "PEDESTRE", "RANDONNÉE PÉDESTRE", "vtt", "Aller-Retour", "FÊTE OU FESTIVAL", "cérémonie",
  "LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS ", "plateau de gergovie", "  Montée historique ",
  "oui", "Non", "X", "vrai", "peut-être",
  "www.x.fr/a.pdf", "https://www.ceyrat.fr", "Randos.Metropole@X.eu ", "04 73 61 42 55", "0473614255",
  "POINT(2.9388, 45.7644)", "POINT(45.7644 2.9388)", "Aubière, Romagnat;Clermont-Ferrand", "63284;63124", "1004",
  "=SUM(A1)", "+33 4", "-12", "@import", "<b>gras</b><script>alert(1)</script>", "😀🏔️‍♂️", "\u0000\u0007\u001b",
  "  ", "\u200b", "a\r\nb", "l'Artière", "ß", "ǆ",
];

const sheetDate: fc.Arbitrary<SheetDate> = fc
  .record({
    y: fc.integer({ min: 1899, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    min: fc.integer({ min: 0, max: 59 }),
    timeOnly: fc.boolean(),
  })
  .map(({ y, m, d, h, min, timeOnly }) => ({
    kind: "date" as const,
    date: timeOnly ? "1899-12-30" : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    time: `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}:00`,
  }));

export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MESSY) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...MESSY), fc.constantFrom(" ", ";", ", ", " - ", ""), fc.constantFrom(...MESSY)).map(([a, s, b]) => a + s + b) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: sheetDate },
  { weight: 3, arbitrary: fc.constant("") },
);

/** A 50,000-character text: long descriptions are pasted whole. */
export const hugeText = "Sentier des crêtes ".repeat(2632).slice(0, 50000);

const HEADERS = ["Distance", "Longueur (km)", "Temps (min)", "Km", "Durée (jours)", "Date", "Nom", "D+ (m)", "Heure", "Contact"];
const UNITS: readonly (Unit | undefined)[] = [undefined, undefined, "m", "km", "h", "min", "day"];

export interface Case {
  readonly schemaId: SchemaId;
  readonly table: Table;
  readonly mapping: Mapping;
  readonly hoursPerDay?: number;
}

/** A small table whose columns are mapped to random fields of a schema (or to none). */
export const anyCase: fc.Arbitrary<Case> = fc
  .record({
    schemaId: fc.constantFrom<SchemaId>("randonnee", "evenements", "catalogue"),
    columns: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 0, max: 8 }),
    hoursPerDay: fc.option(fc.constantFrom(7, 8), { nil: undefined }),
    seed: fc.integer(),
  })
  .chain(({ schemaId, columns, rows, hoursPerDay }) => {
    const names = loadSchema(schemaId).fields.map((f) => f.name);
    const column = fc.record({
      header: fc.oneof(fc.constantFrom(...HEADERS), fc.string()),
      field: fc.option(fc.constantFrom(...names), { nil: null }),
      unit: fc.constantFrom(...UNITS),
    });
    return fc.record({
      schemaId: fc.constant(schemaId),
      hoursPerDay: fc.constant(hoursPerDay),
      columns: fc.array(column, { minLength: columns, maxLength: columns }),
      cells: fc.array(fc.array(anyCell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    });
  })
  .map(({ schemaId, hoursPerDay, columns, cells }) => ({
    schemaId,
    hoursPerDay,
    table: { header: columns.map((c) => c.header), rows: cells },
    mapping: { schemaId, columns: columns.map((c, index) => ({ index, header: c.header, field: c.field, confidence: 1, unit: c.unit })) },
  }));
