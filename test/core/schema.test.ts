import { loadSchema, schemaFromJson } from "../../src/core/schema";
import v012 from "../../../shared/schemas/randonnee/v0.1.2-tableschema/schema.json";

describe("field model", () => {
  test("randonnée 1.1.0: 38 feature properties become fields, plus the line as a geometry field", () => {
    const s = loadSchema("randonnee");
    expect(s.source).toBe("geojson");
    expect(s.version).toBe("1.1.0");
    expect(s.fields).toHaveLength(39);
    const required = s.fields.filter((f) => f.required).map((f) => f.name);
    expect(required).toEqual(["id_local", "producteur", "nom_itineraire", "pratique", "depart", "arrivee", "instructions", "geometry"]);
    const geometry = s.fields.find((f) => f.name === "geometry");
    expect(geometry).toMatchObject({ type: "geometry", geometryType: "LineString" });
  });

  test("randonnée units come from the explicit table: longueur in metres, duree in hours", () => {
    const s = loadSchema("randonnee");
    const unit = (n: string) => s.fields.find((f) => f.name === n)?.unit;
    expect([unit("longueur"), unit("duree"), unit("denivele_positif"), unit("altitude_max")]).toEqual(["m", "h", "m", "m"]);
  });

  test("randonnée nullable types, enums, formats and patterns are kept", () => {
    const s = loadSchema("randonnee");
    const f = (n: string) => s.fields.find((x) => x.name === n)!;
    expect(f("pratique")).toMatchObject({ type: "string", nullable: false, required: true });
    expect(f("pratique").enum).toContain("VTT");
    expect(f("type_itineraire")).toMatchObject({ nullable: true, required: false });
    expect(f("contact").format).toBe("email");
    expect(f("altitude_max").type).toBe("integer");
    expect(f("date_creation").pattern).toBe("[12]\\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    expect(f("medias").type).toBe("array");
  });

  test("catalogue SCDL 0.1.3: 20 required fields and two SIRET checks", () => {
    const s = loadSchema("catalogue");
    expect(s.fields).toHaveLength(20);
    expect(s.fields.every((f) => f.required)).toBe(true);
    expect(s.customChecks.map((c) => c.params.column)).toEqual(["COLL_SIRET", "PRODUCTEUR_SIRET"]);
    expect(s.fields.find((f) => f.name === "MOTS_CLES")).toMatchObject({ role: "list", separator: ";" });
    expect(s.fields.find((f) => f.name === "NOMBRE_RESSOURCES")).toMatchObject({ type: "integer", minimum: 1 });
  });

  test("agenda: booleans keep their trueValues, the primary key is id_local", () => {
    const s = loadSchema("evenements");
    expect(s.primaryKey).toEqual(["id_local"]);
    expect(s.fields.find((f) => f.name === "gratuit")).toMatchObject({ type: "boolean", trueValues: ["true", "oui", "Oui"] });
    expect(s.fields.find((f) => f.name === "heure_debut")).toMatchObject({ type: "time", format: undefined });
  });

  test("a schema given by path: the former tabular randonnée (longueur in km there) loads as a Table Schema", () => {
    const s = schemaFromJson(v012, "randonnee-0.1.2");
    expect(s.source).toBe("tableschema");
    expect(s.fields.length).toBeGreaterThan(10);
  });

  test("a document that is neither kind is refused with a French message", () => {
    expect(() => schemaFromJson({ foo: 1 }, "x")).toThrow(/Schéma non reconnu/);
  });
});
