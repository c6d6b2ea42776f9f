import type { Synonyms } from "./types";

/**
 * Headers people type for the "Itinéraires de randonnée" fields, beyond the field name and its
 * title (always matched). Seen in the producers' sheets (3DE, Escapade, Ceyrando) and the
 * former tabular model.
 */
export const RANDONNEE_SYNONYMS: Synonyms = {
  id_local: ["N°", "No", "Num", "Numéro", "Code", "Identifiant", "Id", "Identifiant local", "Référence", "Réf", "Code itinéraire"],
  producteur: ["Producteur", "Structure", "Structure productrice", "Gestionnaire"],
  // Schema: the publisher's email address.
  contact: ["Contact", "Email", "E-mail", "Courriel", "Mail", "Adresse électronique"],
  uuid: ["UUID"],
  url: ["URL", "Lien", "Lien fiche PDF", "Fiche PDF", "Lien fiche", "Fiche", "Site web", "Site internet", "Page web"],
  id_osm: ["OSM", "Id OSM", "Identifiant OSM", "Relation OSM"],
  nom_itineraire: ["Nom", "Nom de la randonnée", "Nom de la rando", "Nom de l'itinéraire", "Nom du circuit", "Titre", "Intitulé", "Libellé", "Randonnée", "Itinéraire", "Circuit"],
  pratique: ["Pratique", "Activité", "Type de pratique", "Discipline"],
  type_itineraire: ["Type", "Type de parcours", "Type de circuit", "Parcours", "Forme du parcours"],
  communes_nom: ["Communes", "Communes traversées", "Communes desservies"],
  communes_code: ["Codes INSEE", "Code INSEE", "INSEE", "Codes communes"],
  // A route sheet with one commune column names where the route starts (3DE's "Commune de départ").
  depart: ["Départ", "Point de départ", "Lieu de départ", "Commune de départ"],
  arrivee: ["Arrivée", "Point d'arrivée", "Lieu d'arrivée", "Commune d'arrivée"],
  duree: ["Durée", "Temps", "Temps de parcours", "Durée estimée"],
  balisage: ["Balisage", "Couleur du balisage", "Couleur de balisage"],
  longueur: ["Longueur", "Distance", "Km", "Kms", "Kilométrage"],
  difficulte: ["Difficulté", "Niveau", "Niveau de difficulté"],
  altitude_max: ["Altitude max", "Altitude maxi", "Altitude maximale", "Alt max", "Alt. maxi", "Point culminant"],
  altitude_min: ["Altitude min", "Altitude mini", "Altitude minimale", "Alt min", "Alt. mini", "Point bas"],
  denivele_positif: ["D+", "Dénivelé +", "Dénivelé", "Dénivelée", "Dénivelé positif", "Dénivelé cumulé", "Déniv. +", "Montée"],
  denivele_negatif: ["D-", "Dénivelé -", "Dénivelé négatif", "Déniv. -", "Descente"],
  instructions: ["Instructions", "Pas à pas", "Itinéraire détaillé", "Description détaillée", "Déroulé"],
  presentation: ["Description", "Descriptif", "Présentation", "Texte"],
  presentation_courte: ["Description courte", "Présentation courte", "Résumé", "Accroche", "Chapeau"],
  themes: ["Thèmes", "Thème", "Mots-clés", "Tags"],
  recommandations: ["Recommandations", "Conseils", "Précautions"],
  accessibilite: ["Accessibilité", "PMR"],
  acces_routier: ["Accès routier", "Accès voiture", "Accès"],
  transports_commun: ["Transports en commun", "Accès en transports en commun", "Bus"],
  parking_info: ["Infos parking", "Informations parking", "Stationnement"],
  parking_geometrie: ["Parking", "Point parking", "Localisation parking", "Coordonnées parking"],
  date_creation: ["Date de création", "Date création", "Création", "Créé le"],
  date_modification: ["Mise à jour", "Date de mise à jour", "Dernière mise à jour", "Date de modification", "Modifié le", "MAJ", "Date MAJ"],
  medias: ["Médias", "Photos", "Images"],
  itineraire_parent: ["Itinéraire parent", "Parent"],
  type_sol: ["Type de sol", "Sol", "Nature du sol", "Revêtement"],
  pdipr_inscription: ["PDIPR", "Inscrit au PDIPR", "Inscription PDIPR"],
  pdipr_date_inscription: ["Date PDIPR", "Date d'inscription au PDIPR"],
  geometry: ["Géométrie", "Geometry", "Géom", "the_geom", "WKT", "Tracé", "Trace", "GeoJSON"],
};
