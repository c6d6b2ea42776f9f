import { mapHeaders } from "../../../src/core/mapping";
import type { ColumnMatch, MappingResult } from "../../../src/core/mapping";
import { loadSchema } from "../../../src/core/schema";
import type { Unit } from "../../../src/core/schema";
import { HEADERS } from "./sampleHeaders";

const randonnee = loadSchema("randonnee");
const evenements = loadSchema("evenements");

function column(result: MappingResult, header: string): ColumnMatch {
  const found = result.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

type Expected = [header: string, field: string | null, unit?: Unit];

/** Named cases for test.each: "Longueur (km) is longueur (km)". */
function cases(rows: readonly Expected[]) {
  return rows.map(([header, field, unit]) => ({ header, field, unit, label: unit ? `${field} (${unit})` : String(field) }));
}

function expectMapping(result: MappingResult, expected: readonly Expected[]) {
  for (const [header, field, unit] of expected) {
    const c = column(result, header);
    expect({ header, field: c.field, unit: c.unit }).toEqual({ header, field, unit });
  }
}

describe("mapping the 3DE sheet (metropolitan sports department)", () => {
  const header = HEADERS.troisDe();
  const result = mapHeaders(header, randonnee);

  test.each(cases([
    ["N°", "id_local"],
    ["Nom de la randonnée", "nom_itineraire"],
    ["Commune de départ", "depart"],
    ["Pratique", "pratique"],
    ["Type", "type_itineraire"],
    ["Distance", "longueur"],
    ["Durée", "duree"],
    ["Dénivelé +", "denivele_positif"],
    ["Altitude max", "altitude_max"],
    ["Balisage", "balisage"],
    ["Difficulté", "difficulte"],
    ["Description courte", "presentation_courte"],
    ["Lien fiche PDF", "url"],
    ["Contact", "contact"],
    ["Date de création", "date_creation"],
  ]))("$header is $label", ({ header, field, unit }) => expectMapping(result, [[header, field, unit]]));

  test("every column is mapped, none twice, and the missing required fields are named", () => {
    expect(result.unmapped).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.missingRequired).toEqual(["producteur", "arrivee", "instructions", "geometry"]);
  });

  test("a bare Distance carries no unit: the column's cells decide", () => {
    expect(column(result, "Distance").unit).toBeUndefined();
  });

  test("the field name itself has confidence 1, a synonym less", () => {
    expect(column(result, "Pratique").confidence).toBe(1);
    expect(column(result, "N°").confidence).toBeLessThan(1);
    expect(column(result, "N°").confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe("mapping the Escapade sheet (units in the headers)", () => {
  const result = mapHeaders(HEADERS.escapade(), randonnee);

  test.each(cases([
    ["Identifiant", "id_local"],
    ["Nom", "nom_itineraire"],
    ["Activité", "pratique"],
    ["Départ", "depart"],
    ["Arrivée", "arrivee"],
    ["Longueur (km)", "longueur", "km"],
    ["Temps (min)", "duree", "min"],
    ["D+ (m)", "denivele_positif", "m"],
    ["D- (m)", "denivele_negatif", "m"],
    ["Alt. mini", "altitude_min"],
    ["Alt. maxi", "altitude_max"],
    ["Communes traversées", "communes_nom"],
    ["Codes INSEE", "communes_code"],
    ["Parking", "parking_geometrie"],
    ["Mise à jour", "date_modification"],
  ]))("$header is $label", ({ header, field, unit }) => expectMapping(result, [[header, field, unit]]));

  test("nothing is left out", () => {
    expect(result.unmapped).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});

describe("mapping the Ceyrando sheet (hiking club, 12 outing columns)", () => {
  const result = mapHeaders(HEADERS.ceyrando(), randonnee);

  test.each(cases([
    ["Code", "id_local"],
    ["Titre", "nom_itineraire"],
    ["Départ", "depart"],
    ["Km", "longueur", "km"],
    ["Durée", "duree"],
    ["Dénivelé", "denivele_positif"],
    ["Difficulté", "difficulte"],
    ["Balisage", "balisage"],
    ["Descriptif", "presentation"],
  ]))("$header is $label", ({ header, field, unit }) => expectMapping(result, [[header, field, unit]]));

  test("the 12 outing columns stay out of the schema, in their order", () => {
    expect(result.unmapped.map((c) => c.header)).toEqual([
      "Animateur",
      "Téléphone animateur",
      "Date de sortie",
      "Covoiturage",
      "Lieu RDV",
      "Heure RDV",
      "Nb participants",
      "Pique-nique",
      "Chaussures",
      "Bâtons",
      "Chien accepté",
      "Remarques",
    ]);
    expect(result.unmapped.every((c) => c.confidence === 0)).toBe(true);
  });
});

describe("mapping the Ceyrat agenda", () => {
  const result = mapHeaders(HEADERS.agenda(), evenements);

  test.each(cases([
    ["Date", "date_debut"],
    ["Heure", "heure_debut"],
    ["Événement", "titre"],
    ["Type", "type_evenement"],
    ["Thème", "themes"],
    ["Lieu", "lieu_nom"],
    ["Organisateur", "organisateur"],
    ["Gratuit", "gratuit"],
    ["Tarif", "tarif"],
    ["Contact", "contact_email"],
    ["Site web", "url"],
  ]))("$header is $label", ({ header, field, unit }) => expectMapping(result, [[header, field, unit]]));

  test("nothing is left out", () => {
    expect(result.unmapped).toEqual([]);
    expect(result.missingRequired).toEqual(["id_local", "commune_nom", "commune_code"]);
  });

  test("a byte-order mark glued to the first header (a file read without decoding it) does not hide it", () => {
    expect(mapHeaders(["\uFEFFDate", "Heure"], evenements).columns[0].field).toBe("date_debut");
  });
});

describe("the same words name different fields in different schemas", () => {
  test("Titre is the route's name for a route, the event's title for an agenda", () => {
    expect(mapHeaders(["Titre"], randonnee).columns[0].field).toBe("nom_itineraire");
    expect(mapHeaders(["Titre"], evenements).columns[0].field).toBe("titre");
  });

  test("Contact is the publisher's email for a route, contact_email for an event", () => {
    expect(mapHeaders(["Contact"], randonnee).columns[0].field).toBe("contact");
    expect(mapHeaders(["Contact"], evenements).columns[0].field).toBe("contact_email");
  });

  test("Description is the long presentation of a route", () => {
    expect(mapHeaders(["Description"], randonnee).columns[0].field).toBe("presentation");
  });
});

describe("headers as people type them", () => {
  test.each(cases([
    ["NOM DE LA RANDONNEE", "nom_itineraire"],
    ["  nom de la randonnée ", "nom_itineraire"],
    ["Longueur (en km)", "longueur", "km"],
    ["Distance km", "longueur", "km"],
    ["Distance (m)", "longueur", "m"],
    ["Durée (h)", "duree", "h"],
    ["Durée (min)", "duree", "min"],
    ["Dénivelé -", "denivele_negatif"],
    ["Altitude maximale atteinte", "altitude_max"],
    ["id_local", "id_local"],
    ["ID LOCAL", "id_local"],
    ["Nom de l'itinéraire", "nom_itineraire"],
    ["Pique-nique", null],
    ["Remarques", null],
    ["", null],
  ]))("$header is $label", ({ header, field, unit }) => {
    const c = mapHeaders([header], randonnee).columns[0];
    expect({ field: c.field, unit: c.unit }).toEqual({ field, unit });
  });

  test("a unit that cannot express the field is dropped and reported", () => {
    const result = mapHeaders(["Durée (km)"], randonnee);
    expect(result.columns[0]).toMatchObject({ field: "duree" });
    expect(result.columns[0].unit).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ code: "unit-mismatch", field: "duree", index: 0 })]);
    expect(result.problems[0].message).toContain("« Durée (km) »");
  });

  test("a unit on a field without one (a time of day) is ignored silently", () => {
    const result = mapHeaders(["Heure (h)"], evenements);
    expect(result.columns[0]).toEqual({ index: 0, header: "Heure (h)", field: "heure_debut", confidence: 0.9 });
    expect(result.problems).toEqual([]);
  });
});

describe("one field claimed by two columns", () => {
  test("the surer column keeps the field; the other is left out and reported in French", () => {
    const result = mapHeaders(["Code", "Nom", "Longueur", "Distance (km)"], randonnee);
    expect(column(result, "Longueur").field).toBe("longueur");
    expect(column(result, "Distance (km)")).toEqual({ index: 3, header: "Distance (km)", field: null, confidence: 0 });
    expect(result.problems).toEqual([
      {
        code: "duplicate-field",
        index: 3,
        header: "Distance (km)",
        field: "longueur",
        message:
          "La colonne « Distance (km) » correspond aussi au champ « longueur », déjà associé à la colonne « Longueur » : elle est laissée hors du schéma. Indiquez la bonne colonne si ce n'est pas celle-là.",
      },
    ]);
    expect(result.unmapped.map((c) => c.header)).toEqual(["Distance (km)"]);
  });

  test("between two equally sure columns the leftmost wins", () => {
    const result = mapHeaders(["Nom", "Titre"], randonnee);
    expect(result.columns.map((c) => c.field)).toEqual(["nom_itineraire", null]);
    expect(result.problems.map((p) => p.header)).toEqual(["Titre"]);
  });
});

describe("an explicit mapping (a person's corrections)", () => {
  const header = ["Code", "Titre", "Départ", "Remarques", "Lieu RDV"];

  test("overrides detection with confidence 1, and keeps the header's unit", () => {
    const result = mapHeaders(["Code", "Parcours (km)"], randonnee, { "Parcours (km)": "longueur", Code: null });
    expect(result.columns).toEqual([
      { index: 0, header: "Code", field: null, confidence: 1 },
      { index: 1, header: "Parcours (km)", field: "longueur", confidence: 1, unit: "km" },
    ]);
  });

  test("maps a column detection left out (Remarques → recommandations)", () => {
    const result = mapHeaders(header, randonnee, { Remarques: "recommandations" });
    expect(column(result, "Remarques")).toEqual({ index: 3, header: "Remarques", field: "recommandations", confidence: 1 });
  });

  test("wins over a detected column claiming the same field, which is reported", () => {
    const result = mapHeaders(header, randonnee, { "Lieu RDV": "depart" });
    expect(column(result, "Lieu RDV").field).toBe("depart");
    expect(column(result, "Départ").field).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ code: "duplicate-field", header: "Départ", field: "depart" })]);
  });

  test("naming an unknown field is reported, and the column is detected as usual", () => {
    const result = mapHeaders(header, randonnee, { Titre: "nom_randonnee" });
    expect(column(result, "Titre").field).toBe("nom_itineraire");
    expect(result.problems).toEqual([
      {
        code: "unknown-field",
        index: 1,
        header: "Titre",
        field: "nom_randonnee",
        message: "La colonne « Titre » est associée au champ « nom_randonnee », qui n'existe pas dans le schéma « Itinéraires de randonnée » : l'association est ignorée.",
      },
    ]);
  });

  test("is looked up by the header without its surrounding spaces", () => {
    const result = mapHeaders(["Remarques "], randonnee, { Remarques: "recommandations" });
    expect(result.columns[0].field).toBe("recommandations");
  });
});
