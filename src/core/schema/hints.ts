import type { FieldRole, Unit } from "./field";

/**
 * What the schemas say in words only (titles, descriptions, examples), written down once
 * instead of being parsed from prose at run time.
 */
export interface FieldHint {
  readonly unit?: Unit;
  readonly role?: FieldRole;
  readonly separator?: string;
}

export const FIELD_HINTS: Readonly<Record<string, Readonly<Record<string, FieldHint>>>> = {
  randonnee: {
    // "Identifiant de l'objet dans sa BDD source": an identifier, never a number.
    id_local: { role: "code" },
    nom_itineraire: { role: "name" },
    depart: { role: "name" },
    arrivee: { role: "name" },
    producteur: { role: "name" },
    // Examples: "Molezon, Florac, Cocurès" and "48098, 48061, 48050".
    communes_nom: { role: "list", separator: ", " },
    communes_code: { role: "list", separator: ", " },
    themes: { role: "list", separator: ", " },
    type_sol: { role: "list", separator: ", " },
    balisage: { role: "text" },
    presentation: { role: "text" },
    presentation_courte: { role: "text" },
    instructions: { role: "text" },
    recommandations: { role: "text" },
    // Titles: "Durée de l'itinéraire en heures", "Longueur de l'itinéraire (en mètres)"...
    duree: { unit: "h" },
    longueur: { unit: "m" },
    altitude_max: { unit: "m" },
    altitude_min: { unit: "m" },
    denivele_positif: { unit: "m" },
    denivele_negatif: { unit: "m" },
    itineraire_parent: { role: "code" },
    parking_geometrie: { role: "wkt-point" },
  },
  evenements: {
    id_local: { role: "code" },
    commune_nom: { role: "name" },
    commune_code: { role: "code" },
    titre: { role: "name" },
    description: { role: "text" },
    themes: { role: "list", separator: ", " },
    lieu_nom: { role: "name" },
    organisateur: { role: "name" },
    contact_telephone: { role: "phone" },
    tarif: { role: "text" },
  },
  catalogue: {
    COLL_NOM: { role: "name" },
    COLL_SIRET: { role: "code" },
    ID: { role: "code" },
    TITRE: { role: "name" },
    DESCRIPTION: { role: "text" },
    PRODUCTEUR_NOM: { role: "name" },
    PRODUCTEUR_SIRET: { role: "code" },
    COUV_SPAT_NOM: { role: "name" },
    // "S'il y en a plusieurs, le séparateur est le point-virgule."
    MOTS_CLES: { role: "list", separator: ";" },
    FORMAT_RESSOURCES: { role: "list", separator: ";" },
  },
};
