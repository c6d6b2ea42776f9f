import { loadSchema, schemaFromJson } from "../../../src/core/schema";
import type { Cell, SheetDate } from "../../../src/core/table";
import { CODES, validate, type FixFinder, type Report } from "../../../src/core/validate";
import { exactMapping, table } from "./helpers";

const randonnee = loadSchema("randonnee");
const evenements = loadSchema("evenements");
const catalogue = loadSchema("catalogue");

const sheetDate = (date: string, time = "00:00:00"): SheetDate => ({ kind: "date", date, time });

/** Validates one column of cells against one field of a schema; only that field's cell problems. */
function checkColumn(schema: typeof randonnee, field: string, cells: readonly Cell[], fix?: FixFinder): Report {
  const t = table([field], cells.map((c) => [c]));
  return validate(t, schema, exactMapping(schema.id, t.header), { fix });
}

/** Errors of the data rows (the header's are checked in their own tests). */
function cellErrors(report: Report) {
  return report.errors.filter((e) => e.row > 1);
}

function messages(report: Report): string[] {
  return cellErrors(report).map((e) => e.message);
}

function codesOf(report: Report): string[] {
  return cellErrors(report).map((e) => e.code);
}

describe("numbers and units", () => {
  test("a number typed in a sheet, or written with a point in a CSV, is a length in metres", () => {
    expect(messages(checkColumn(randonnee, "longueur", [8400, "8400", "8400.5", " 8400 ", "-1e3"]))).toEqual([]);
  });

  test("a decimal comma is a type error that says which separator to use", () => {
    expect(messages(checkColumn(randonnee, "duree", ["8,4"]))).toEqual(["« 8,4 » : nombre attendu en heures. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 8.4"]);
  });

  test("a unit in the cell: the message gives the field's unit and the standardiser's value", () => {
    expect(messages(checkColumn(randonnee, "longueur", ["8,4 km"]))).toEqual([
      "« 8,4 km » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 8400",
    ]);
  });

  test("thousands separated by a narrow space are refused with their own hint", () => {
    expect(messages(checkColumn(randonnee, "altitude_max", ["1\u202f465"]))).toEqual(["« 1\u202f465 » : nombre entier attendu en mètres. Les chiffres s'écrivent sans espace ; valeur corrigée proposée : 1465"]);
  });

  test("no value is proposed when the standardiser's would still be wrong", () => {
    expect(messages(checkColumn(randonnee, "altitude_max", ["8,4"]))).toEqual(["« 8,4 » : nombre entier attendu en mètres. Le séparateur décimal à utiliser est le point"]);
  });

  test("an altitude must be a whole number, typed or written", () => {
    expect(codesOf(checkColumn(randonnee, "altitude_max", [759, "759", 759.5, "759.5", true]))).toEqual(["type-error", "type-error", "type-error"]);
  });
});

describe("booleans, dates and times", () => {
  test("the agenda's yes/no values, a sheet's checkbox, and anything else refused with the list", () => {
    const report = checkColumn(evenements, "gratuit", ["oui", "Non", true, false, "peut-être"]);
    expect(messages(report)).toEqual([
      "« peut-être » : valeur oui/non attendue ; les seules valeurs autorisées sont : « true », « oui », « Oui », « false », « non », « Non »",
    ]);
  });

  test("dates as year-month-day or a sheet's date cell; a French date or a 13th month is refused", () => {
    const report = checkColumn(evenements, "date_fin", ["2021-06-21", sheetDate("2021-06-21"), "21/06/2021", "2021-13-03", "2021-02-29", "2020-02-29", 44368]);
    expect(cellErrors(report).map((e) => [e.row, e.message])).toEqual([
      [4, "« 21/06/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-06-21 »"],
      [5, "« 2021-13-03 » : cette date n'existe pas dans le calendrier"],
      [6, "« 2021-02-29 » : cette date n'existe pas dans le calendrier"],
      [8, "« 44368 » : La date doit être écrite sous la forme aaaa-mm-jj"],
    ]);
  });

  test("times as hh:mm:ss or a sheet's time cell", () => {
    const report = checkColumn(evenements, "heure_debut", ["18:30:00", sheetDate("1899-12-30", "18:30:00"), "18h30", "24:00:00"]);
    expect(messages(report)).toEqual([
      "« 18h30 » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 18:30:00 »",
      "« 24:00:00 » : L'heure doit être écrite sous la forme hh:mm:ss",
    ]);
  });

  test("datetimes in ISO 8601", () => {
    const schema = schemaFromJson({ fields: [{ name: "maj", type: "datetime" }] }, "test");
    expect(codesOf(checkColumn(schema, "maj", ["2021-06-21T18:30:00Z", "2021-06-21T18:30:00+02:00", sheetDate("2021-06-21", "18:30:00"), "2021-06-21 18:30"]))).toEqual(["type-error"]);
  });
});

describe("string formats", () => {
  test("emails, web addresses and UUIDs", () => {
    expect(messages(checkColumn(randonnee, "contact", ["randos.metropole@clermontmetropole.eu", "Randos.Metropole@X.eu ", "contact.fr"]))).toEqual([
      "« Randos.Metropole@X.eu  » : adresse électronique attendue, de la forme nom@domaine.fr ; valeur corrigée proposée : « randos.metropole@x.eu »",
      "« contact.fr » : adresse électronique attendue, de la forme nom@domaine.fr",
    ]);
    expect(codesOf(checkColumn(randonnee, "url", ["https://www.x.fr/a.pdf", "www.x.fr/a.pdf", "https://", "mailto:a@b.fr"]))).toEqual(["type-error", "type-error"]);
    expect(codesOf(checkColumn(randonnee, "uuid", ["123e4567-e89b-12d3-a456-426614174000", "123e4567"]))).toEqual(["type-error"]);
  });

  test("a code typed as a number is text, checked against its pattern", () => {
    const report = checkColumn(evenements, "commune_code", [63070, "2A004", 1004]);
    expect(cellErrors(report).map((e) => [e.row, e.code])).toEqual([[4, "constraint-error"]]);
    expect(cellErrors(report)[0].message).toBe("« 1004 » : la valeur ne respecte pas le format attendu (motif ^([013-9]\\d|2[AB1-9])\\d{3}$), par exemple « 63070 » ; valeur corrigée proposée : « 01004 »");
  });
});

describe("constraints", () => {
  test("an empty required cell is « Cellule vide », spaces included; an empty optional cell is fine", () => {
    const t = table(["id_local", "description"], [["", "x"], ["  ", "x"], ["E1", ""]]);
    const report = validate(t, evenements, exactMapping("evenements", t.header));
    expect(cellErrors(report).map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [2, 1, "constraint-error", "Cellule vide : valeur obligatoire"],
      [3, 1, "constraint-error", "Cellule vide : valeur obligatoire"],
    ]);
  });

  test("enum values are spelled exactly as the schema does", () => {
    const fix: FixFinder = (place) => (place.value === "Pédestre" ? "pédestre" : undefined);
    expect(messages(checkColumn(randonnee, "pratique", ["pédestre", "VTT", "Pédestre"], fix))).toEqual([
      "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »",
    ]);
  });

  test("Table Schema patterns match the whole value, JSON Schema patterns anywhere in it", () => {
    const tableSchema = schemaFromJson({ fields: [{ name: "code", type: "string", constraints: { pattern: "\\d{5}" } }] }, "t");
    const jsonSchema = schemaFromJson(
      {
        properties: { features: { items: { properties: { properties: { $ref: "#/definitions/p" } } } } },
        definitions: { p: { properties: { code: { type: "string", pattern: "\\d{5}" } } } },
      },
      "j",
    );
    expect(codesOf(checkColumn(tableSchema, "code", ["63070", "n°63070"]))).toEqual(["constraint-error"]);
    expect(codesOf(checkColumn(jsonSchema, "code", ["63070", "n°63070", "6307"]))).toEqual(["constraint-error"]);
  });

  test("minimum, maximum and length", () => {
    expect(messages(checkColumn(evenements, "latitude", [45.7, "40.9", 51.6]))).toEqual([
      "« 40.9 » : la valeur doit être supérieure ou égale à 41",
      "« 51.6 » : la valeur doit être inférieure ou égale à 51.5",
    ]);
    expect(messages(checkColumn(evenements, "titre", ["x".repeat(250), "é".repeat(251)]))).toEqual([
      `« ${"é".repeat(99)}… » : au plus 250 caractères attendus (251 ici)`,
    ]);
  });

  test("a unique column names the row where the value first appeared", () => {
    expect(cellErrors(checkColumn(evenements, "id_local", ["E1", "E2", "E1", "E1"])).map((e) => [e.row, e.message])).toEqual([
      [4, "« E1 » : valeur déjà présente ligne 2 ; chaque valeur doit être unique"],
      [5, "« E1 » : valeur déjà présente ligne 2 ; chaque valeur doit être unique"],
    ]);
  });
});

describe("SIRET (custom check of the catalogue)", () => {
  test("the schema's examples pass; a wrong key is reported once, after the pattern", () => {
    const report = checkColumn(catalogue, "COLL_SIRET", ["24350013900189", 21350238800019, "24350013900188", "243 500 139 00189"]);
    expect(cellErrors(report).map((e) => [e.row, e.code, e.message])).toEqual([
      [4, "french-siret-value", "« 24350013900188 » : numéro SIRET invalide ; la clé de contrôle ne correspond pas (une erreur de frappe ?)"],
      [5, "constraint-error", expect.stringContaining("motif ^\\d{14}$")],
    ]);
  });

  test("La Poste's establishments use a digit sum multiple of 5, its head office Luhn", () => {
    expect(codesOf(checkColumn(catalogue, "PRODUCTEUR_SIRET", ["35600000000048", "35600000000001", "35600000000002"]))).toEqual(["french-siret-value"]);
  });
});

describe("geometries and French GPS coordinates", () => {
  test("a parking point in WKT, with the comma people put in it", () => {
    const report = checkColumn(randonnee, "parking_geometrie", ["POINT(3.1102 45.7598)", "POINT(2.9388, 45.7644)", "POINT(45.7598 3.1102)", "POINT(-70 40)", "LINESTRING(3 45, 3.1 45.1)"]);
    expect(cellErrors(report).map((e) => [e.row, e.code, e.message])).toEqual([
      [
        3,
        "wkt-geometry",
        "« POINT(2.9388, 45.7644) » : WKT illisible, « , » inattendu : un point s'écrit « longitude latitude », les deux nombres séparés par une espace, avec le point comme séparateur décimal (position 13)",
      ],
      [4, "reversed-french-gps-coordinates", "« POINT(45.7598 3.1102) » : coordonnées GPS françaises inversées ; l'ordre attendu est longitude puis latitude ; valeur corrigée proposée : « POINT(3.1102 45.7598) »"],
      [5, "french-gps-coordinates", "« POINT(-70 40) » : ne correspond pas à des coordonnées GPS françaises valides ; le point (-70 ; 40) est hors de France"],
      [6, "wkt-geometry", "« LINESTRING(3 45, 3.1 45.1) » : géométrie POINT attendue, LINESTRING trouvée"],
    ]);
  });

  test("a route's line in WKT or GeoJSON; a missing line is its own code", () => {
    const line = { type: "LineString", coordinates: [[3.1, 45.7], [3.2, 45.8]] };
    const lines = [
      "LINESTRING(3.1 45.7, 3.2 45.8)",
      JSON.stringify(line),
      "",
      "LINESTRING(3.1 45.7)",
      JSON.stringify({ type: "Point", coordinates: [3.1, 45.7] }),
      "{ pas du JSON",
      "LINESTRING(3.1 95.7, 3.2 45.8)",
    ];
    const t = table(["id_local", "geometry"], lines.map((g, i) => [`R${i}`, g]));
    const report = validate(t, randonnee, exactMapping("randonnee", t.header));
    expect(cellErrors(report).map((e) => [e.row, e.code, e.message])).toEqual([
      [4, "geometry-required", "Cellule vide : chaque itinéraire doit avoir son tracé, une LINESTRING en WKT ou une géométrie GeoJSON"],
      [5, "wkt-geometry", "« LINESTRING(3.1 45.7) » : une ligne doit avoir au moins deux points"],
      [6, "wkt-geometry", '« {"type":"Point","coordinates":[3.1,45.7]} » : géométrie LINESTRING attendue, POINT trouvée'],
      [7, "wkt-geometry", '« { pas du JSON » : géométrie GeoJSON illisible : objet {"type": "LineString", "coordinates": [...]} attendu'],
      [8, "wkt-geometry", "« LINESTRING(3.1 95.7, 3.2 45.8) » : coordonnée hors limites (3.1 ; 95.7) : longitude entre -180 et 180 puis latitude entre -90 et 90 attendues"],
    ]);
  });

  test("latitude and longitude columns typed the wrong way round", () => {
    const t = table(["latitude", "longitude"], [[45.73, 3.06], ["3.06", "45.73"], [16.2, -61.5]]);
    const report = validate(t, evenements, exactMapping("evenements", t.header));
    expect(cellErrors(report).map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 1, "constraint-error"],
      [3, 2, "constraint-error"],
      [3, 1, "reversed-french-gps-coordinates"],
      [4, 1, "constraint-error"],
      [4, 2, "constraint-error"],
    ]);
    expect(cellErrors(report)[2].message).toBe("« 3.06 » : coordonnées GPS françaises inversées ; latitude 3.06 et longitude 45.73 semblent échangées");
  });
});

describe("table structure and headers", () => {
  test("blank rows, short rows and cells past the header", () => {
    const t = table(["id_local", "titre"], [["E1", "Concert"], ["", "  "], ["E2"], ["E3", "Bal", "", "en trop"]]);
    const report = validate(t, evenements, exactMapping("evenements", t.header));
    expect(cellErrors(report).map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [3, 0, "blank-row", "Ligne vide : supprimez-la"],
      [4, 2, "missing-cell", "Cellule manquante : la ligne s'arrête avant la colonne B « titre » ; les valeurs ont peut-être été décalées"],
      [5, 4, "extra-cell", "« en trop » : cellule au-delà de la dernière colonne de l'en-tête, elle n'appartient à aucune colonne"],
    ]);
  });

  test("missing, extra and duplicated columns", () => {
    const t = table(["titre", "Animateur", "Titre bis", ""], [["Concert", "M. Dupuis", "Concert", ""]]);
    const mapping = { schemaId: "evenements", columns: [0, 1, 2, 3].map((index) => ({ index, header: t.header[index], field: index === 1 || index === 3 ? null : "titre", confidence: 1 })) };
    const report = validate(t, evenements, mapping);
    expect(report.errors.filter((e) => e.row === 1).map((e) => [e.column, e.code, e.message])).toEqual([
      [3, "duplicate-header", "Colonne C « Titre bis » : le champ « titre » est déjà donné par la colonne A « titre » ; seule la première est vérifiée"],
    ]);
    expect(report.errors.filter((e) => e.row === 0).map((e) => e.field)).toEqual(["id_local", "commune_nom", "commune_code", "type_evenement", "date_debut"]);
    expect(report.errors.find((e) => e.field === "id_local")?.message).toBe("Colonne obligatoire « id_local » (Identifiant de l'événement) absente : ajoutez-la ou associez-la à une colonne existante");
    expect(report.warnings[0]).toEqual({ code: "extra-header-warn", row: 1, column: 2, field: null, value: "Animateur", message: "Colonne B « Animateur » : ne correspond à aucun champ du schéma, elle n'est pas vérifiée" });
    expect(report.warnings.filter((w) => w.code === "missing-header-warn")).toHaveLength(evenements.fields.length - 6);
  });
});

describe("the report", () => {
  test("lists the first errors but counts them all; 100,000 errors stay cheap", () => {
    const rows = Array.from({ length: 100000 }, (_, i) => [`E${i}`, "8,4"]);
    const t = table(["id_local", "latitude"], rows);
    const report = validate(t, evenements, exactMapping("evenements", t.header), { limit: 10 });
    expect(report.errors).toHaveLength(10);
    expect(report.errorCount).toBe(100000 + report.counts["missing-required-header"]);
    expect(report.counts["type-error"]).toBe(100000);
    expect(report.valid).toBe(false);
  });

  test("values are shown safely: control characters visible, long text cut", () => {
    const report = checkColumn(evenements, "date_fin", ["21/06\n2021\t\u0000", "x".repeat(300)]);
    const [control, long] = messages(report);
    expect(control.startsWith("« 21/06\u240a2021\u2409\u2400 »")).toBe(true);
    expect(long.startsWith(`« ${"x".repeat(99)}… »`)).toBe(true);
  });

  test("a value that looks like a placeholder is shown as typed, never filled", () => {
    expect(messages(checkColumn(evenements, "date_fin", ["{note}"]))).toEqual(["« {note} » : La date doit être écrite sous la forme aaaa-mm-jj"]);
  });

  test("a valid table is valid, with its warnings", () => {
    const t = table(["id_local", "commune_nom", "commune_code", "titre", "type_evenement", "date_debut"], [["E1", "Ceyrat", "63070", "Concert", "Concert", "2021-06-21"]]);
    const report = validate(t, evenements, exactMapping("evenements", t.header));
    expect(report).toMatchObject({ valid: true, errorCount: 0, errors: [] });
    expect(report.warningCount).toBe(evenements.fields.length - 6);
  });

  test("every code of the catalogue has its French name, template and description", () => {
    for (const spec of Object.values(CODES)) {
      expect(spec.name.length).toBeGreaterThan(0);
      expect(spec.template.length).toBeGreaterThan(0);
      expect(spec.description.length).toBeGreaterThan(0);
    }
  });
});
