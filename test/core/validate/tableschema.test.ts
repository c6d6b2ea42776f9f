/**
 * Cell by cell against the frictionless JavaScript library `tableschema` (Field.castValue: type,
 * format and constraints) on generated agenda and catalogue tables. Both flag the same cells but
 * for the differences listed below, each a deliberate choice explained where it is listed.
 * Uniqueness and the custom checks (SIRET, GPS) are table-level or Validata's own: not compared.
 */
import { loadSchema, schemaDocument, type SchemaId } from "../../../src/core/schema";
import type { Table } from "../../../src/core/table";
import { validate } from "../../../src/core/validate";
import { exactMapping } from "./helpers";

const { Schema: TsSchema } = require("tableschema") as {
  Schema: { load(descriptor: unknown): Promise<{ getField(name: string): { castValue(value: string): unknown } | null }> };
};

/** Values people type, good and bad, by kind of field. */
const SAMPLES: Readonly<Record<string, readonly string[]>> = {
  string: ["Ceyrat", "", "  ", "Fête de la musique"],
  date: ["2021-06-21", "21/06/2021", "2021-02-29", "2021-13-01", " 2021-06-21", "2020-02-29"],
  time: ["18:30:00", "18h30", "24:00:00", "18:30", "23:59:59"],
  number: ["45.7", "8,4", "1 465", "NaN", "1e3", "40", "+45.7", " 45.7", "3"],
  integer: ["3", "0", "3.0", "+3", "007", "-1", " 3", "trois"],
  email: ["mairie@ceyrat.fr", "a@b", "Randos@X.eu ", "a b@c.fr", "prenom.nom@sous.domaine.fr"],
  uri: ["https://www.ceyrat.fr/agenda", "www.ceyrat.fr", "https://localhost", "mailto:a@b.fr", "ftp://x.fr/a", "https://x.fr/a b"],
  boolean: ["oui", "Oui", "true", "TRUE", "1", " oui", "peut-être", "false"],
};

const ENUM_EXTRA = ["concert", "Concert ", "Autre"];
const PATTERN_VALUES: Readonly<Record<string, readonly string[]>> = {
  commune_code: ["63070", "1004", "2A004", "6307a", "63070 "],
  contact_telephone: ["04 73 00 00 00", "0473000000", "+33 4 73 00 00 00", "04.73.00.00.00"],
  COLL_SIRET: ["24350013900189", "2435001390018", "243 500 139 00189"],
  PRODUCTEUR_SIRET: ["21350238800019", "x"],
  titre: ["Bal", "x".repeat(250), "é".repeat(251)],
};

interface TsField {
  name: string;
  type?: string;
  format?: string;
  constraints?: { enum?: string[] };
}

function valuesFor(field: TsField): readonly string[] {
  const own = PATTERN_VALUES[field.name];
  if (own) return [...own, ""];
  if (field.constraints?.enum) return [...field.constraints.enum.slice(0, 2), ...ENUM_EXTRA, ""];
  const kind = field.format === "email" || field.format === "uri" ? field.format : field.type ?? "string";
  return SAMPLES[kind] ?? SAMPLES.string;
}

/** One column per field; the values of a column repeat down to the table's length. */
function generate(id: SchemaId): Table {
  const fields = (schemaDocument(id) as { fields: TsField[] }).fields;
  const columns = fields.map(valuesFor);
  const length = Math.max(...columns.map((c) => c.length));
  return {
    header: fields.map((f) => f.name),
    rows: Array.from({ length }, (_, r) => columns.map((c) => c[r % c.length])),
  };
}

const COMPARED = new Set(["type-error", "constraint-error"]);

/** "field = « value »" of the cells one validator flags and not the other. */
async function disagreements(id: SchemaId): Promise<{ onlyTableschema: string[]; onlyCore: string[] }> {
  const table = generate(id);
  const schema = loadSchema(id);
  const report = validate(table, schema, exactMapping(id, table.header), { limit: 100000 });
  const core = new Set(
    report.errors
      .filter((e) => COMPARED.has(e.code) && !e.message.includes("valeur déjà présente"))
      .map((e) => `${e.field} = «${String(e.value)}»`),
  );
  const ts = await TsSchema.load(schemaDocument(id));
  const byTableschema = new Set<string>();
  const all = new Set<string>();
  table.rows.forEach((row) =>
    table.header.forEach((name, c) => {
      const key = `${name} = «${String(row[c])}»`;
      all.add(key);
      try {
        ts.getField(name)?.castValue(String(row[c]));
      } catch {
        byTableschema.add(key);
      }
    }),
  );
  // The custom SIRET check flags after the pattern: a SIRET the pattern accepts is compared too.
  const siret = new Set(report.errors.filter((e) => e.code === "french-siret-value").map((e) => `${e.field} = «${String(e.value)}»`));
  return {
    onlyTableschema: [...all].filter((k) => byTableschema.has(k) && !core.has(k)).sort(),
    onlyCore: [...all].filter((k) => core.has(k) && !byTableschema.has(k) && !siret.has(k)).sort(),
  };
}

describe("agreement with tableschema (frictionless JS)", () => {
  test("agenda: the same cells, except the listed choices", async () => {
    expect(await disagreements("evenements")).toEqual({
      onlyCore: [
        // A cell of spaces looks empty in a sheet: for a required field it is « Cellule vide ».
        // tableschema's only missing value is "" exactly.
        "commune_nom = «  »",
        // moment's strict HH:mm:ss takes 24:00:00; Python's %H (frictionless-py, Validata) stops at 23.
        "heure_debut = «24:00:00»",
        "heure_fin = «24:00:00»",
        "id_local = «  »",
      ],
      // tableschema's `uri` (validator.js isURL) wants http, https or ftp and a top-level
      // domain; ours is RFC 3986 as Ajv's is, so that the sheet and the GeoJSON agree.
      onlyTableschema: ["url = «https://localhost»", "url = «mailto:a@b.fr»"],
    });
    // Two differences that these values do not show, because the latitude's bounds flag them
    // in both: tableschema removes every space inside a number (« 1 465 » is 1465) and reads
    // « NaN »; frictionless-py refuses both, and so do we, with the decimal rule's hint.
  });

  test("catalogue: the same cells, except the listed choices", async () => {
    expect(await disagreements("catalogue")).toEqual({
      onlyCore: ["COLL_NOM", "DESCRIPTION", "FORMAT_RESSOURCES", "ID", "MOTS_CLES", "PRODUCTEUR_NOM", "THEME", "TITRE", "COUV_SPAT_NOM"]
        .map((f) => `${f} = «  »`)
        .sort(),
      // tableschema's integer is parseInt(value) written back identically; frictionless-py
      // (Python int()) accepts a sign, leading zeros and surrounding spaces, and so do we.
      onlyTableschema: ["NOMBRE_RESSOURCES = « 3»", "NOMBRE_RESSOURCES = «+3»", "NOMBRE_RESSOURCES = «007»", "URL = «https://localhost»", "URL = «mailto:a@b.fr»"],
    });
  });
});
