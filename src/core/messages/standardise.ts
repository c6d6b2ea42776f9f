/**
 * What the preview says about each proposed change or each value left as is.
 * Templates only: `{name}` is replaced by a parameter, values are quoted and shortened here, once.
 */
import { fillTemplate, quote } from "./render";

export const STANDARDISE_MESSAGES = {
  // Changes.
  trim: "Espaces superflus retirés (début, fin, espaces doublés, retours à la ligne).",
  sentenceCase: "Majuscule ajoutée au début du nom.",
  enumSpelling: "Valeur écrite comme dans le schéma : {after}.",
  decimal: "Nombre écrit avec un point décimal et sans séparateur de milliers.",
  number: "Texte converti en nombre.",
  unitConverted: "Valeur convertie de {from} en {to}.",
  unitRemoved: "Unité retirée : la valeur est déjà en {to}, l'unité du schéma.",
  duration: "Durée convertie en heures décimales (arrondie à 4 décimales).",
  durationDays: "Durée en jours convertie à raison de {hoursPerDay} h par jour : à vérifier.",
  date: "Date écrite sous la forme aaaa-mm-jj.",
  time: "Heure écrite sous la forme hh:mm:ss.",
  rangeStart: "Plage {value} : le début reste ici, la fin va dans la colonne {partner}.",
  rangeEnd: "Fin de la plage saisie dans la colonne {partner}.",
  code: "Code écrit comme du texte, avec ses zéros initiaux.",
  list: "Liste écrite avec un seul séparateur, {separator}.",
  codesFromNumber: "Deux codes INSEE séparés par une virgule avaient été lus comme un nombre décimal par le tableur : liste rétablie, à vérifier.",
  url: "Adresse web complétée par « https:// ».",
  email: "Adresse électronique écrite en minuscules.",
  boolean: "Valeur oui/non écrite {after}.",
  wkt: "Point écrit POINT(longitude latitude), les deux nombres séparés par une espace.",
  phone: "Numéro de téléphone écrit par groupes de deux chiffres.",
  headerUnit: "En-tête mis à jour : les valeurs de la colonne sont désormais en {to}.",

  // Values left as they are.
  capitals: "Texte tout en capitales : à réécrire en minuscules, en gardant les majuscules des noms propres.",
  enumSuggestion: "{value} n'est pas une valeur autorisée ; la valeur proche du schéma est {suggestion}.",
  enumInvalid: "{value} n'est pas une valeur autorisée. Les seules valeurs autorisées sont : {allowed}.",
  notNumber: "{value} n'est pas un nombre. Le séparateur décimal à utiliser est le point.",
  notWhole: "{value} n'est pas un nombre entier : l'arrondir demande une décision.",
  wrongUnit: "L'unité de {value} ne convient pas : ce champ s'exprime en {to}.",
  notDuration: "{value} n'est pas une durée reconnue (exemples : 3h30, 90 min, 2,5).",
  durationInDays: "Durée en jours : indiquez le nombre d'heures d'une journée pour la convertir en heures.",
  notDate: "{value} n'est pas une date reconnue. La date doit être écrite sous la forme aaaa-mm-jj.",
  impossibleDate: "{value} n'existe pas dans le calendrier : la date est à corriger à la main.",
  wrongWeekday: "{value} : le jour de la semaine ne tombe pas à cette date ; la date serait {suggestion}.",
  mixedDateOrder: "{value} : la colonne mélange des dates jour/mois et mois/jour ; l'ordre ne peut pas être deviné.",
  dateWithoutYear: "{value} : l'année manque, la date ne peut pas être complétée sans vous.",
  notTime: "{value} n'est pas une heure reconnue. L'heure doit être écrite sous la forme hh:mm:ss.",
  rangeNoPartner: "{value} est une plage : ajoutez la colonne {partner} pour y reporter la fin.",
  rangeConflict: "{value} est une plage, mais la colonne {partner} contient déjà {other}.",
  rangeInEnd: "{value} est une plage : écrivez le début dans {partner} et la fin ici.",
  notUrl: "{value} n'est pas une adresse web ; elle doit commencer par https://.",
  notEmail: "{value} n'est pas une adresse électronique.",
  phoneInEmail: "{value} est un numéro de téléphone, pas une adresse électronique.",
  notBoolean: "{value} n'est pas une valeur oui/non (oui, non, vrai, faux, X).",
  notWktPoint: "{value} n'est pas un point WKT de la forme POINT(longitude latitude).",
  reversedPoint: "{value} : longitude et latitude semblent inversées (la longitude vient en premier).",
  notPhone: "{value} n'est pas un numéro de téléphone à 10 chiffres.",
  sheetDateHere: "{value} est une date du tableur, ce champ attend un autre type de valeur.",
} as const;

export type StandardiseMessageKey = keyof typeof STANDARDISE_MESSAGES;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Longer values are cut in the preview: a 50,000-character cell must not flood it. */
const MAX_QUOTED = 60;

/** Parameters that hold a cell value: quoted and shortened. The others (units, counts) are plain words. */
const QUOTED = new Set(["value", "after", "suggestion", "other", "separator"]);

export function standardiseMessage(key: StandardiseMessageKey, params: MessageParams = {}): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = QUOTED.has(name) ? quote(String(value), MAX_QUOTED) : String(value);
  return fillTemplate(STANDARDISE_MESSAGES[key], shown);
}
