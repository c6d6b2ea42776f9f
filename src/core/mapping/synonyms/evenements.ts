import type { Synonyms } from "./types";

/** Headers of municipal agendas and open agenda exports, for the project's events schema. */
export const EVENEMENTS_SYNONYMS: Synonyms = {
  id_local: ["Identifiant", "Id", "N°", "Numéro", "Code", "Référence"],
  commune_nom: ["Commune", "Ville", "Nom de la commune"],
  commune_code: ["Code INSEE", "INSEE", "Code commune"],
  titre: ["Titre", "Événement", "Nom", "Nom de l'événement", "Intitulé", "Libellé", "Manifestation"],
  description: ["Description", "Descriptif", "Présentation", "Détails", "Résumé"],
  type_evenement: ["Type", "Type d'événement", "Catégorie", "Genre"],
  themes: ["Thème", "Thèmes", "Thématique", "Thématiques", "Mots-clés", "Tags"],
  date_debut: ["Date", "Date de début", "Date début", "Début", "Du", "Jour"],
  date_fin: ["Date de fin", "Date fin", "Fin", "Au"],
  heure_debut: ["Heure", "Heure de début", "Heure début", "Horaire", "Horaires"],
  heure_fin: ["Heure de fin", "Heure fin"],
  lieu_nom: ["Lieu", "Nom du lieu", "Salle"],
  adresse: ["Adresse", "Adresse du lieu", "Rue"],
  latitude: ["Latitude", "Lat"],
  longitude: ["Longitude", "Lon", "Lng", "Long"],
  organisateur: ["Organisateur", "Organisé par", "Structure organisatrice", "Organisation"],
  // The schema splits contact in two; a lone "Contact" column is mostly emails (Ceyrat's agenda).
  contact_email: ["Contact", "Email", "E-mail", "Courriel", "Mail", "Contact email"],
  contact_telephone: ["Téléphone", "Tél", "Tel", "Numéro de téléphone", "Contact téléphone"],
  url: ["Site web", "Site internet", "URL", "Lien", "Page web"],
  gratuit: ["Gratuit", "Gratuité", "Entrée gratuite"],
  tarif: ["Tarif", "Tarifs", "Prix"],
  accessibilite_pmr: ["PMR", "Accessible PMR", "Accessibilité", "Accès handicapés"],
  public: ["Public", "Public visé"],
  date_maj: ["Mise à jour", "Date de mise à jour", "Dernière mise à jour", "MAJ", "Modifié le"],
};
