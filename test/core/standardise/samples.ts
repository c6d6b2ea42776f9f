/** The sample working sheets as tables, read the way the adapters would, and their mappings. */
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import type { Mapping } from "../../../src/core/mapping/types";
import type { Unit } from "../../../src/core/schema/field";
import type { Table } from "../../../src/core/table";

const SAMPLES = join(__dirname, "../../../samples");

export function readSample(file: string, delimiter: string, encoding: "utf-8" | "windows-1252" = "utf-8"): Table {
  const text = new TextDecoder(encoding).decode(readFileSync(join(SAMPLES, file))).replace(/^\ufeff/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: text.indexOf("\r\n") >= 0 ? "\r\n" : "\n" });
  const [header, ...rows] = parsed.data;
  // A final line end gives one empty record; the empty row in the middle (`;;;;`) is kept.
  return { header, rows: rows.filter((r) => !(r.length === 1 && r[0] === "")) };
}

/** A mapping written by hand: header → field (and the unit the header states). */
export function mappingFor(schemaId: string, table: Table, fields: Readonly<Record<string, string | [string, Unit]>>): Mapping {
  return {
    schemaId,
    columns: table.header.map((header, index) => {
      const target = fields[header];
      const [field, unit] = target === undefined ? [null, undefined] : typeof target === "string" ? [target, undefined] : target;
      return { index, header, field, confidence: 1, unit };
    }),
  };
}

export const THREE_DE = {
  "N°": "id_local",
  "Nom de la randonnée": "nom_itineraire",
  "Commune de départ": "depart",
  Pratique: "pratique",
  Type: "type_itineraire",
  Distance: "longueur",
  "Durée": "duree",
  "Dénivelé +": "denivele_positif",
  "Altitude max": "altitude_max",
  Balisage: "balisage",
  "Difficulté": "difficulte",
  "Description courte": "presentation_courte",
  "Lien fiche PDF": "url",
  Contact: "contact",
  "Date de création": "date_creation",
} as const;

export const ESCAPADE: Readonly<Record<string, string | [string, Unit]>> = {
  Identifiant: "id_local",
  Nom: "nom_itineraire",
  "Activité": "pratique",
  "Départ": "depart",
  "Arrivée": "arrivee",
  "Longueur (km)": ["longueur", "km"],
  "Temps (min)": ["duree", "min"],
  "D+ (m)": ["denivele_positif", "m"],
  "D- (m)": ["denivele_negatif", "m"],
  "Alt. mini": "altitude_min",
  "Alt. maxi": "altitude_max",
  "Communes traversées": "communes_nom",
  "Codes INSEE": "communes_code",
  Parking: "parking_geometrie",
  "Mise à jour": "date_modification",
};

export const CEYRANDO: Readonly<Record<string, string | [string, Unit]>> = {
  Code: "id_local",
  Titre: "nom_itineraire",
  "Départ": "depart",
  Km: ["longueur", "km"],
  "Durée": "duree",
  "Dénivelé": "denivele_positif",
  "Difficulté": "difficulte",
  Balisage: "balisage",
  Descriptif: "presentation",
};

export const AGENDA = {
  Date: "date_debut",
  Heure: "heure_debut",
  "Événement": "titre",
  Type: "type_evenement",
  "Thème": "themes",
  Lieu: "lieu_nom",
  Organisateur: "organisateur",
  Gratuit: "gratuit",
  Tarif: "tarif",
  Contact: "contact_email",
  "Site web": "url",
} as const;
