/**
 * French text of the validation report. Every message is a template; `{name}` placeholders are
 * filled by `src/core/messages/render.ts` only. Values arrive already quoted (« ... »).
 */
import type { WktErrorReason } from "../geo/wkt";
import type { ValidateCode } from "../validate/codes";

export interface CodeText {
  /** Short French name, as a report heading. */
  readonly name: string;
  /** Message of one item. */
  readonly template: string;
  /** What the code means, for a legend. */
  readonly description: string;
}

export const CODE_TEXTS: Readonly<Record<ValidateCode, CodeText>> = {
  "type-error": {
    name: "Type ou format incorrect",
    template: "{subject} : {note}{fix}",
    description: "La valeur ne correspond pas au type (nombre, date, booléen...) ou au format (courriel, adresse web...) de la colonne.",
  },
  "constraint-error": {
    name: "Contrainte non respectée",
    template: "{subject} : {note}{fix}",
    description: "La valeur ne respecte pas une contrainte du schéma : valeur obligatoire, liste de valeurs, motif, minimum, maximum, longueur ou unicité.",
  },
  "missing-cell": {
    name: "Cellule manquante",
    template: "Cellule manquante : la ligne s'arrête avant la colonne {header} ; les valeurs ont peut-être été décalées",
    description: "La ligne a moins de cellules que l'en-tête.",
  },
  "extra-cell": {
    name: "Cellule en trop",
    template: "{subject} : cellule au-delà de la dernière colonne de l'en-tête, elle n'appartient à aucune colonne",
    description: "La ligne a plus de cellules que l'en-tête.",
  },
  "blank-row": {
    name: "Ligne vide",
    template: "Ligne vide : supprimez-la",
    description: "Toutes les cellules de la ligne sont vides.",
  },
  "missing-required-header": {
    name: "Colonne obligatoire absente",
    template: "Colonne obligatoire « {field} » ({title}) absente : ajoutez-la ou associez-la à une colonne existante",
    description: "Un champ obligatoire du schéma ne correspond à aucune colonne.",
  },
  "missing-header-warn": {
    name: "Colonne facultative absente",
    template: "Colonne facultative « {field} » ({title}) absente",
    description: "Un champ facultatif du schéma ne correspond à aucune colonne.",
  },
  "extra-header-warn": {
    name: "Colonne hors schéma",
    template: "Colonne {header} : ne correspond à aucun champ du schéma, elle n'est pas vérifiée",
    description: "Une colonne ne correspond à aucun champ du schéma.",
  },
  "duplicate-header": {
    name: "Colonne en double",
    template: "Colonne {header} : le champ « {field} » est déjà donné par la colonne {other} ; seule la première est vérifiée",
    description: "Deux colonnes correspondent au même champ du schéma.",
  },
  "french-siret-value": {
    name: "Numéro SIRET invalide",
    template: "{subject} : numéro SIRET invalide ; {note}{fix}",
    description: "Le numéro SIRET n'est pas valide selon la définition de l'INSEE (14 chiffres, clé de contrôle de Luhn).",
  },
  "french-gps-coordinates": {
    name: "Coordonnées GPS invalides",
    template: "{subject} : ne correspond pas à des coordonnées GPS françaises valides ; {note}",
    description: "Les coordonnées GPS indiquées ne se trouvent pas en France (métropole, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte).",
  },
  "reversed-french-gps-coordinates": {
    name: "Coordonnées GPS inversées",
    template: "{subject} : coordonnées GPS françaises inversées ; {note}",
    description: "Les coordonnées se trouvent en France une fois la longitude et la latitude échangées.",
  },
  "wkt-geometry": {
    name: "Géométrie invalide",
    template: "{subject} : {note}",
    description: "La géométrie n'est pas un WKT ou une géométrie GeoJSON lisible du type attendu, en coordonnées WGS84.",
  },
  "geometry-required": {
    name: "Tracé manquant",
    template: "Cellule vide : chaque itinéraire doit avoir son tracé, une LINESTRING en WKT ou une géométrie GeoJSON",
    description: "Un itinéraire sans tracé ne peut pas être exporté en GeoJSON.",
  },
};

/** What an empty cell is called when it is the subject of a message. */
export const EMPTY_CELL = "Cellule vide";

/** " ; valeur corrigée proposée : 8400", appended when the standardiser would fix the value. */
export const FIX_TEMPLATE = " ; valeur corrigée proposée : {fixed}";

/** The "what is expected" part of a message, by kind of problem. */
export const NOTES = {
  required: "valeur obligatoire",
  number: "nombre attendu{unit}{hint}",
  integer: "nombre entier attendu{unit}{hint}",
  boolean: "valeur oui/non attendue ; les seules valeurs autorisées sont : {values}",
  date: "La date doit être écrite sous la forme aaaa-mm-jj",
  "header-unit": "nombre en {found} d'après l'en-tête de la colonne, attendu en {unit}",
  "date-impossible": "cette date n'existe pas dans le calendrier",
  time: "L'heure doit être écrite sous la forme hh:mm:ss",
  datetime: "La date et l'heure doivent être écrites sous la forme aaaa-mm-jjThh:mm:ss",
  email: "adresse électronique attendue, de la forme nom@domaine.fr",
  uri: "adresse web complète attendue, commençant par https://",
  uuid: "identifiant UUID attendu, de la forme 123e4567-e89b-12d3-a456-426614174000",
  array: "liste JSON attendue, de la forme [{\"url\": \"https://...\"}]",
  "not-a-date": "une date du tableur n'est pas acceptée ici : {expected}",
  enum: "Les seules valeurs autorisées sont : {values}",
  pattern: "la valeur ne respecte pas le format attendu (motif {pattern}){example}",
  minimum: "la valeur doit être supérieure ou égale à {limit}",
  maximum: "la valeur doit être inférieure ou égale à {limit}",
  minLength: "au moins {limit} caractères attendus ({length} ici)",
  maxLength: "au plus {limit} caractères attendus ({length} ici)",
  unique: "valeur déjà présente ligne {row} ; chaque valeur doit être unique",
  siret: "14 chiffres attendus, dont le dernier est une clé de contrôle",
  "siret-checksum": "la clé de contrôle ne correspond pas (une erreur de frappe ?)",
  "gps-outside": "le point ({lon} ; {lat}) est hors de France",
  "gps-reversed": "l'ordre attendu est longitude puis latitude{swapped}",
  "gps-reversed-columns": "latitude {lat} et longitude {lon} semblent échangées",
  "wkt-syntax": "WKT illisible, {reason} (position {at})",
  "geometry-type": "géométrie {expected} attendue, {found} trouvée",
  "geometry-json": "géométrie GeoJSON illisible : objet {\"type\": \"{expected}\", \"coordinates\": [...]} attendu",
  "geometry-too-short": "une ligne doit avoir au moins deux points",
  "geometry-range": "coordonnée hors limites ({lon} ; {lat}) : longitude entre -180 et 180 puis latitude entre -90 et 90 attendues",
} as const;

export type NoteKey = keyof typeof NOTES;

/** Hints appended to a number's note. */
export const NUMBER_HINTS = {
  decimalComma: ". Le séparateur décimal à utiliser est le point",
  grouped: ". Les chiffres s'écrivent sans espace",
} as const;

/** " en mètres" after "nombre attendu". */
export const UNIT_PHRASE = " en {unit}";

export const PATTERN_EXAMPLE = ", par exemple {example}";

/** What a WKT reader stopped on, for the `wkt-syntax` note. */
export const WKT_REASONS: Readonly<Record<WktErrorReason, string>> = {
  empty: "aucune coordonnée",
  "unknown-type": "{found} n'est pas un type de géométrie attendu (POINT, LINESTRING)",
  "missing-paren": "une parenthèse ouvrante était attendue avant {found}",
  "bad-position":
    "{found} inattendu : un point s'écrit « longitude latitude », les deux nombres séparés par une espace, avec le point comme séparateur décimal",
  unexpected: "{found} inattendu : une virgule entre deux points ou une parenthèse fermante était attendue",
  trailing: "{found} en trop après la parenthèse fermante",
  "mixed-dimensions": "tous les points doivent avoir le même nombre de coordonnées",
};

/** How the end of a text is named when a reader stopped there. */
export const END_OF_TEXT = "la fin du texte";

/** Geometry type names as people write them in WKT. */
export const GEOMETRY_NAMES: Readonly<Record<string, string>> = {
  Point: "POINT",
  LineString: "LINESTRING",
  MultiLineString: "MULTILINESTRING",
};

/** The `validate` command of the command line. */
export const VALIDATE_CLI = {
  summary: "Valide un fichier CSV selon un schéma : erreurs et avertissements, ligne par ligne.",
  usage: "validate <entrée.csv> --schema <schéma> [--mapping <fichier.json>] [--json]",
  description:
    "Vérifie chaque cellule selon le schéma (types, formats, valeurs autorisées, SIRET, coordonnées...) et propose la valeur corrigée quand la commande standardise saurait la corriger. Code de sortie : 0 sans erreur (avertissements possibles), 1 avec des erreurs, 2 pour une commande ou un fichier incorrect.",
  notes: ["Les lignes sont numérotées comme dans le tableur : l'en-tête est la ligne 1."],
  options: {
    schema: "Schéma : randonnee, evenements, catalogue, ou le chemin d'un fichier de schéma JSON.",
    mapping: "Fichier JSON { \"en-tête du fichier\": \"champ du schéma\" | null } qui corrige l'association des colonnes.",
    json: "Écrit le rapport complet en JSON sur la sortie standard.",
  },
  title: "Validation de {file} selon le schéma « {schema} » {version}",
  valid: "Le fichier est valide : {errors} erreur, {warnings} avertissement{warningsPlural}.",
  invalid: "Le fichier n'est pas valide : {errors} erreur{errorsPlural}, {warnings} avertissement{warningsPlural}.",
  byCode: "Par type de problème :",
  codeLine: "  {count}  {name} ({code})",
  firstErrors: "Premières erreurs :",
  warnings: "Avertissements :",
  cellLine: "  Ligne {row}, colonne {column} : {message}",
  rowLine: "  Ligne {row} : {message}",
  tableLine: "  {message}",
  more: "  ... et {count} de plus (--json pour le rapport complet).",
} as const;
