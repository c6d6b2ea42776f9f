/**
 * Agreement with the references on the official randonnée examples: the core validator on the
 * examples flattened into a sheet, and Ajv (draft-07, formats on) on the untouched JSON files.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import invalidExample from "../../../schemas/randonnee/exemple-invalide-test-93ec30b.json";
import validExample from "../../../schemas/randonnee/exemple-valide.json";
import { loadSchema, schemaDocument } from "../../../src/core/schema";
import type { Cell, Table } from "../../../src/core/table";
import { validate, type Report } from "../../../src/core/validate";
import { exactMapping } from "./helpers";

interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: number[][] };
}
interface Collection {
  features: Feature[];
}

type GeometryAs = "wkt" | "geojson";

function geometryText(g: Feature["geometry"], as: GeometryAs): string {
  return as === "geojson" ? JSON.stringify(g) : `LINESTRING(${g.coordinates.map((p) => p.join(" ")).join(", ")})`;
}

/**
 * Properties as columns (in order of first appearance), the line in a `geometry` column.
 * `typed`: cells as a sheet holds them (numbers, booleans); otherwise as text, as a CSV does.
 */
function flatten(collection: Collection, as: GeometryAs, typed: boolean): Table {
  const names: string[] = [];
  for (const f of collection.features) for (const k of Object.keys(f.properties)) if (!names.includes(k)) names.push(k);
  const cell = (v: unknown): Cell => {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v) || typeof v === "object") return JSON.stringify(v);
    if (typed && (typeof v === "number" || typeof v === "boolean")) return v;
    return String(v);
  };
  return {
    header: [...names, "geometry"],
    rows: collection.features.map((f) => [...names.map((n) => cell(f.properties[n])), geometryText(f.geometry, as)]),
  };
}

const schema = loadSchema("randonnee");

function validateExample(collection: Collection, as: GeometryAs, typed: boolean): Report {
  const t = flatten(collection, as, typed);
  // `transports` is in the official example but not in the schema (transports_commun is).
  return validate(t, schema, exactMapping("randonnee", t.header, ["transports"]));
}

/** "row:field" of every error, row numbered as in the sheet (feature i is row i + 2). */
function wrongCells(report: Report): string[] {
  return report.errors.map((e) => `${e.row - 2}:${e.field}`).sort();
}

const WARNINGS = ["extra-header-warn", "missing-header-warn"];

describe.each([
  ["wkt", false],
  ["geojson", false],
  ["wkt", true],
] as const)("official examples flattened (geometry as %s, typed cells: %s)", (as, typed) => {
  test("the valid example has no error; its warnings are the column outside the schema and the one it lacks", () => {
    const report = validateExample(validExample as unknown as Collection, as, typed);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => [w.code, w.field ?? w.value])).toEqual([
      ["extra-header-warn", "transports"],
      ["missing-header-warn", "transports_commun"],
    ]);
  });

  test("the maintainers' broken copy gives its injected errors that a sheet can hold", () => {
    const report = validateExample(invalidExample as unknown as Collection, as, typed);
    expect(report.errors.map((e) => [e.row - 2, e.field, e.code, e.message])).toEqual([
      // uuid: 4 — a number, not a UUID: in a sheet the type error becomes a format error.
      [0, "uuid", "type-error", "« 4 » : identifiant UUID attendu, de la forme 123e4567-e89b-12d3-a456-426614174000"],
      // pratique: "pédre" — outside the enum.
      [2, "pratique", "constraint-error", expect.stringMatching(/^« pédre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT »/)],
      // contact: "contactcevennes-parcnational.fr" — no @.
      [3, "contact", "type-error", "« contactcevennes-parcnational.fr » : adresse électronique attendue, de la forme nom@domaine.fr"],
      // date_creation: "2020-13-03" — month 13.
      [3, "date_creation", "type-error", "« 2020-13-03 » : cette date n'existe pas dans le calendrier"],
      // url: no scheme.
      [7, "url", "type-error", "« cevennes-parcnationalfr/rando-a-vtt/le-toit-des-cevennes-a-vtt/ » : adresse web complète attendue, commençant par https://"],
    ]);
    // longueur "2484" and altitude_max "759" were injected as JSON strings: a cell has no such
    // difference (a CSV holds text only, and the exporter writes numbers), so they cannot survive.
    expect(report.warnings.map((w) => w.code)).toEqual(WARNINGS);
  });
});

describe("Ajv on the untouched official files", () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const check = ajv.compile(schemaDocument("randonnee") as object);

  /** "feature:property" of every Ajv error, once per property. */
  function ajvWrong(json: unknown): string[] {
    check(json);
    const paths = (check.errors ?? []).map((e) => /^\/features\/(\d+)\/properties\/(\w+)$/.exec(e.instancePath)).map((m) => (m ? `${m[1]}:${m[2]}` : "other"));
    return [...new Set(paths)].sort();
  }

  test("the valid example is valid for both", () => {
    expect(ajvWrong(validExample)).toEqual([]);
    expect(validateExample(validExample as unknown as Collection, "geojson", true).errorCount).toBe(0);
  });

  test("on the broken copy, both flag the same properties, except the two JSON-only type errors", () => {
    const byAjv = ajvWrong(invalidExample);
    expect(byAjv).toEqual(["0:altitude_max", "0:longueur", "0:uuid", "2:pratique", "3:contact", "3:date_creation", "7:url"]);
    const byCore = wrongCells(validateExample(invalidExample as unknown as Collection, "geojson", true));
    expect(byCore).toEqual(byAjv.filter((p) => p !== "0:altitude_max" && p !== "0:longueur"));
  });
});
