import type { Synonyms } from "./types";

/**
 * The référentiel des jeux is usually filled from the SCDL template, whose headers are the field
 * names; these cover a template retyped with French words.
 */
export const CATALOGUE_SYNONYMS: Synonyms = {
  COLL_NOM: ["Collectivité", "Nom collectivité"],
  COLL_SIRET: ["SIRET collectivité", "SIRET de la collectivité"],
  ID: ["Identifiant", "Identifiant du jeu", "Id"],
  TITRE: ["Titre", "Titre du jeu"],
  DESCRIPTION: ["Description", "Descriptif"],
  THEME: ["Thème", "Thématique"],
  PRODUCTEUR_NOM: ["Producteur", "Nom producteur"],
  PRODUCTEUR_SIRET: ["SIRET producteur", "SIRET du producteur"],
  COUV_SPAT_MAILLE: ["Maille", "Maille géographique", "Couverture spatiale (maille)"],
  COUV_SPAT_NOM: ["Couverture spatiale", "Couverture géographique", "Territoire"],
  COUV_TEMP_DEBUT: ["Début de couverture", "Couverture temporelle début", "Début couverture temporelle"],
  COUV_TEMP_FIN: ["Fin de couverture", "Couverture temporelle fin", "Fin couverture temporelle"],
  DATE_PUBL: ["Date de publication", "Publication", "Publié le"],
  FREQ_MAJ: ["Fréquence de mise à jour", "Fréquence", "Fréquence MAJ"],
  DATE_MAJ: ["Date de mise à jour", "Mise à jour", "Dernière mise à jour", "MAJ"],
  MOTS_CLES: ["Mots-clés", "Mots clés", "Tags"],
  LICENCE: ["Licence"],
  NOMBRE_RESSOURCES: ["Nombre de ressources", "Nb ressources", "Ressources"],
  FORMAT_RESSOURCES: ["Formats", "Format", "Formats des ressources"],
  URL: ["Lien", "Lien d'accès", "Adresse web"],
};
