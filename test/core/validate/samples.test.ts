/**
 * Golden reports of the four sample sheets, read through the real CSV reader and header mapping.
 * Every expected line below was read and judged right: the error, the expected form, and the
 * standardiser's proposed value (none for `½ journée`, `1 jour`, a date range, a phone number in
 * the email column, `9h-17h`, `RANDONNÉE PÉDESTRE`, which need a person).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { decodeBytes } from "../../../src/cli/decode";
import { parseCsv } from "../../../src/core/csv";
import { mapHeaders } from "../../../src/core/mapping";
import { loadSchema, type SchemaId } from "../../../src/core/schema";
import { columnLetter } from "../../../src/core/table";
import { validate } from "../../../src/core/validate";

function reportOf(file: string, schemaId: SchemaId) {
  const { table } = parseCsv(decodeBytes(readFileSync(join(__dirname, "../../../samples", file))).text);
  const schema = loadSchema(schemaId);
  return validate(table, schema, mapHeaders(table.header, schema));
}

type Golden = readonly [file: string, schema: SchemaId, missingRequired: readonly string[], warnings: readonly string[], cells: readonly (readonly [number, string, string, string])[]];

const GOLDEN: readonly Golden[] = [
  [
    "randonnees-3de.csv",
    "randonnee",
    ["producteur","arrivee","instructions","geometry"],
    ["missing-header-warn:uuid","missing-header-warn:id_osm","missing-header-warn:communes_nom","missing-header-warn:communes_code","missing-header-warn:altitude_min","missing-header-warn:denivele_negatif","missing-header-warn:presentation","missing-header-warn:themes","missing-header-warn:recommandations","missing-header-warn:accessibilite","missing-header-warn:acces_routier","missing-header-warn:transports_commun","missing-header-warn:parking_info","missing-header-warn:parking_geometrie","missing-header-warn:date_modification","missing-header-warn:medias","missing-header-warn:itineraire_parent","missing-header-warn:type_sol","missing-header-warn:pdipr_inscription","missing-header-warn:pdipr_date_inscription"],
    [
      [2, "D", "constraint-error", "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [2, "E", "constraint-error", "« Boucle » : Les seules valeurs autorisées sont : « aller-retour », « boucle », « aller simple », « itinérance », « étape » ; valeur corrigée proposée : « boucle »"],
      [2, "F", "type-error", "« 8,4 km » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 8400"],
      [2, "G", "type-error", "« 3h30 » : nombre attendu en heures ; valeur corrigée proposée : 3.5"],
      [2, "H", "type-error", "« 560 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 560"],
      [2, "I", "type-error", "« 1 465 m » : nombre entier attendu en mètres. Les chiffres s'écrivent sans espace ; valeur corrigée proposée : 1465"],
      [2, "M", "type-error", "« www.clermontmetropole.eu/fileadmin/randos/3DE-01.pdf » : adresse web complète attendue, commençant par https:// ; valeur corrigée proposée : « https://www.clermontmetropole.eu/fileadmin/randos/3DE-01.pdf »"],
      [2, "N", "type-error", "« Randos.Metropole@clermontmetropole.eu  » : adresse électronique attendue, de la forme nom@domaine.fr ; valeur corrigée proposée : « randos.metropole@clermontmetropole.eu »"],
      [2, "O", "type-error", "« 24/09/2015 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2015-09-24 »"],
      [3, "D", "constraint-error", "« pedestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [3, "F", "type-error", "« 11.9 km » : nombre attendu en mètres ; valeur corrigée proposée : 11900"],
      [3, "G", "type-error", "« 4 h » : nombre attendu en heures ; valeur corrigée proposée : 4"],
      [3, "O", "type-error", "« 12 mars 2018 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2018-03-12 »"],
      [4, "D", "constraint-error", "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [4, "E", "constraint-error", "« Aller-retour » : Les seules valeurs autorisées sont : « aller-retour », « boucle », « aller simple », « itinérance », « étape » ; valeur corrigée proposée : « aller-retour »"],
      [4, "F", "type-error", "« 6900 m » : nombre attendu en mètres ; valeur corrigée proposée : 6900"],
      [4, "G", "type-error", "« 2h15 » : nombre attendu en heures ; valeur corrigée proposée : 2.25"],
      [4, "H", "type-error", "« 120 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 120"],
      [4, "I", "type-error", "« 575 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 575"],
      [5, "D", "constraint-error", "« RANDONNÉE PÉDESTRE » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre »"],
      [5, "F", "type-error", "« 8,8 » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 8800"],
      [5, "G", "type-error", "« 2,5 » : nombre attendu en heures. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 2.5"],
      [5, "H", "type-error", "« 180 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 180"],
      [5, "I", "type-error", "« 600 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 600"],
      [5, "O", "type-error", "« 02/05/16 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2016-05-02 »"],
      [6, "D", "constraint-error", "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [6, "E", "constraint-error", "« Aller simple » : Les seules valeurs autorisées sont : « aller-retour », « boucle », « aller simple », « itinérance », « étape » ; valeur corrigée proposée : « aller simple »"],
      [6, "F", "type-error", "« 5,2 km » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 5200"],
      [6, "G", "type-error", "« 1h 45 min » : nombre attendu en heures ; valeur corrigée proposée : 1.75"],
      [6, "H", "type-error", "« 95 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 95"],
      [6, "I", "type-error", "« 487 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 487"],
      [7, "", "blank-row", "Ligne vide : supprimez-la"],
      [8, "E", "constraint-error", "« Boucle » : Les seules valeurs autorisées sont : « aller-retour », « boucle », « aller simple », « itinérance », « étape » ; valeur corrigée proposée : « boucle »"],
      [8, "F", "type-error", "« 12 km » : nombre attendu en mètres ; valeur corrigée proposée : 12000"],
      [8, "G", "type-error", "« ½ journée » : nombre attendu en heures"],
      [8, "H", "type-error", "« 150 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 150"],
      [8, "I", "type-error", "« 460 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 460"],
      [8, "O", "type-error", "« 1er juin 2019 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2019-06-01 »"],
      [9, "D", "constraint-error", "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [9, "F", "type-error", "« 14,3 km » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 14300"],
      [9, "G", "type-error", "« 1 jour » : nombre attendu en heures"],
      [9, "H", "type-error", "« 430 m » : nombre entier attendu en mètres ; valeur corrigée proposée : 430"],
      [9, "I", "type-error", "« 1 012 m » : nombre entier attendu en mètres. Les chiffres s'écrivent sans espace ; valeur corrigée proposée : 1012"],
    ],
  ],
  [
    "randonnees-escapade.csv",
    "randonnee",
    ["producteur","instructions","geometry"],
    ["missing-header-warn:contact","missing-header-warn:uuid","missing-header-warn:url","missing-header-warn:id_osm","missing-header-warn:type_itineraire","missing-header-warn:balisage","missing-header-warn:difficulte","missing-header-warn:presentation","missing-header-warn:presentation_courte","missing-header-warn:themes","missing-header-warn:recommandations","missing-header-warn:accessibilite","missing-header-warn:acces_routier","missing-header-warn:transports_commun","missing-header-warn:parking_info","missing-header-warn:date_creation","missing-header-warn:medias","missing-header-warn:itineraire_parent","missing-header-warn:type_sol","missing-header-warn:pdipr_inscription","missing-header-warn:pdipr_date_inscription"],
    [
      [2, "F", "type-error", "« 18,6 » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 18600"],
      [2, "G", "type-error", "« 95 » : nombre en minutes d'après l'en-tête de la colonne, attendu en heures ; valeur corrigée proposée : 1.5833"],
      [3, "C", "constraint-error", "« Cyclo » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « cyclo »"],
      [3, "F", "type-error", "« 22,1 » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 22100"],
      [3, "G", "type-error", "« 120 » : nombre en minutes d'après l'en-tête de la colonne, attendu en heures ; valeur corrigée proposée : 2"],
      [3, "N", "wkt-geometry", "« POINT(2.9388, 45.7644) » : WKT illisible, « , » inattendu : un point s'écrit « longitude latitude », les deux nombres séparés par une espace, avec le point comme séparateur décimal (position 13)"],
      [3, "O", "type-error", "« 04/10/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-10-04 »"],
      [4, "F", "type-error", "« 14 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 14000"],
      [4, "G", "type-error", "« 55 » : nombre en minutes d'après l'en-tête de la colonne, attendu en heures ; valeur corrigée proposée : 0.9167"],
      [4, "O", "type-error", "« 4 octobre 2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-10-04 »"],
      [5, "C", "constraint-error", "« Pédestre » : Les seules valeurs autorisées sont : « pédestre », « trail », « VTT », « cyclo », « gravel », « équestre », « ski de fond », « ski de rando », « raquettes », « autre » ; valeur corrigée proposée : « pédestre »"],
      [5, "F", "type-error", "« 9,5 » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 9500"],
      [5, "G", "type-error", "« 150 » : nombre en minutes d'après l'en-tête de la colonne, attendu en heures ; valeur corrigée proposée : 2.5"],
      [6, "F", "type-error", "« 41,2 » : nombre attendu en mètres. Le séparateur décimal à utiliser est le point ; valeur corrigée proposée : 41200"],
      [6, "G", "type-error", "« 240 » : nombre en minutes d'après l'en-tête de la colonne, attendu en heures ; valeur corrigée proposée : 4"],
    ],
  ],
  [
    "randonnees-ceyrando.csv",
    "randonnee",
    ["producteur","pratique","arrivee","instructions","geometry"],
    ["extra-header-warn:Animateur","extra-header-warn:Téléphone animateur","extra-header-warn:Date de sortie","extra-header-warn:Covoiturage","extra-header-warn:Lieu RDV","extra-header-warn:Heure RDV","extra-header-warn:Nb participants","extra-header-warn:Pique-nique","extra-header-warn:Chaussures","extra-header-warn:Bâtons","extra-header-warn:Chien accepté","extra-header-warn:Remarques","missing-header-warn:contact","missing-header-warn:uuid","missing-header-warn:url","missing-header-warn:id_osm","missing-header-warn:type_itineraire","missing-header-warn:communes_nom","missing-header-warn:communes_code","missing-header-warn:altitude_max","missing-header-warn:altitude_min","missing-header-warn:denivele_negatif","missing-header-warn:presentation_courte","missing-header-warn:themes","missing-header-warn:recommandations","missing-header-warn:accessibilite","missing-header-warn:acces_routier","missing-header-warn:transports_commun","missing-header-warn:parking_info","missing-header-warn:parking_geometrie","missing-header-warn:date_creation","missing-header-warn:date_modification","missing-header-warn:medias","missing-header-warn:itineraire_parent","missing-header-warn:type_sol","missing-header-warn:pdipr_inscription","missing-header-warn:pdipr_date_inscription"],
    [
      [2, "D", "type-error", "« 7 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 7000"],
      [2, "E", "type-error", "« 2H » : nombre attendu en heures ; valeur corrigée proposée : 2"],
      [3, "D", "type-error", "« 9.5 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 9500"],
      [3, "E", "type-error", "« 2H30 » : nombre attendu en heures ; valeur corrigée proposée : 2.5"],
      [4, "D", "type-error", "« 11 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 11000"],
      [4, "E", "type-error", "« 3H15 » : nombre attendu en heures ; valeur corrigée proposée : 3.25"],
      [5, "D", "type-error", "« 6.2 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 6200"],
      [5, "E", "type-error", "« 1H45 » : nombre attendu en heures ; valeur corrigée proposée : 1.75"],
      [6, "D", "type-error", "« 8.4 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 8400"],
      [6, "E", "type-error", "« 2H30 » : nombre attendu en heures ; valeur corrigée proposée : 2.5"],
      [7, "D", "type-error", "« 10 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 10000"],
      [7, "E", "type-error", "« 3H » : nombre attendu en heures ; valeur corrigée proposée : 3"],
    ],
  ],
  [
    "agenda-ceyrat-2021.csv",
    "evenements",
    ["id_local","commune_nom","commune_code"],
    ["missing-header-warn:description","missing-header-warn:date_fin","missing-header-warn:heure_fin","missing-header-warn:adresse","missing-header-warn:latitude","missing-header-warn:longitude","missing-header-warn:contact_telephone","missing-header-warn:accessibilite_pmr","missing-header-warn:public","missing-header-warn:date_maj"],
    [
      [2, "A", "type-error", "« 16/01/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-01-16 »"],
      [2, "B", "type-error", "« 20h30 » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 20:30:00 »"],
      [2, "D", "constraint-error", "« concert » : Les seules valeurs autorisées sont : « Concert », « Spectacle », « Exposition », « Fête ou festival », « Marché », « Brocante ou vide-grenier », « Sport », « Conférence », « Atelier », « Visite », « Cinéma », « Cérémonie », « Autre » ; valeur corrigée proposée : « Concert »"],
      [3, "A", "type-error", "« samedi 13 mars 2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-03-13 »"],
      [3, "B", "type-error", "« 14h » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 14:00:00 »"],
      [3, "D", "constraint-error", "« atelier » : Les seules valeurs autorisées sont : « Concert », « Spectacle », « Exposition », « Fête ou festival », « Marché », « Brocante ou vide-grenier », « Sport », « Conférence », « Atelier », « Visite », « Cinéma », « Cérémonie », « Autre » ; valeur corrigée proposée : « Atelier »"],
      [4, "A", "type-error", "« 21/06/21 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-06-21 »"],
      [4, "B", "type-error", "« 18h30 » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 18:30:00 »"],
      [4, "D", "constraint-error", "« FÊTE OU FESTIVAL » : Les seules valeurs autorisées sont : « Concert », « Spectacle », « Exposition », « Fête ou festival », « Marché », « Brocante ou vide-grenier », « Sport », « Conférence », « Atelier », « Visite », « Cinéma », « Cérémonie », « Autre » ; valeur corrigée proposée : « Fête ou festival »"],
      [4, "K", "type-error", "« www.ceyrat.fr/fete-musique » : adresse web complète attendue, commençant par https:// ; valeur corrigée proposée : « https://www.ceyrat.fr/fete-musique »"],
      [5, "A", "type-error", "« 03/07/2021 - 04/07/2021 » : La date doit être écrite sous la forme aaaa-mm-jj"],
      [5, "J", "type-error", "« 04 73 61 42 55 » : adresse électronique attendue, de la forme nom@domaine.fr"],
      [6, "A", "type-error", "« 14 juillet 2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-07-14 »"],
      [6, "B", "type-error", "« 22h » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 22:00:00 »"],
      [7, "B", "type-error", "« 10:00 » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 10:00:00 »"],
      [8, "A", "type-error", "« 11/11/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-11-11 »"],
      [8, "B", "type-error", "« 11h » : L'heure doit être écrite sous la forme hh:mm:ss ; valeur corrigée proposée : « 11:00:00 »"],
      [8, "D", "constraint-error", "« cérémonie » : Les seules valeurs autorisées sont : « Concert », « Spectacle », « Exposition », « Fête ou festival », « Marché », « Brocante ou vide-grenier », « Sport », « Conférence », « Atelier », « Visite », « Cinéma », « Cérémonie », « Autre » ; valeur corrigée proposée : « Cérémonie »"],
      [9, "A", "type-error", "« 04/12/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-12-04 »"],
      [9, "B", "type-error", "« 9h-17h » : L'heure doit être écrite sous la forme hh:mm:ss"],
    ],
  ],
];

describe.each(GOLDEN)("%s (%s)", (file, schemaId, missingRequired, warnings, cells) => {
  const report = reportOf(file, schemaId);

  test("missing required columns", () => {
    expect(report.errors.filter((e) => e.row === 0).map((e) => e.field)).toEqual(missingRequired);
  });

  test("warnings", () => {
    expect(report.warnings.map((w) => `${w.code}:${w.field ?? w.value}`)).toEqual(warnings);
  });

  test("every cell error, with its row, column letter and message", () => {
    expect(report.errors.filter((e) => e.row > 0).map((e) => [e.row, columnLetter(e.column), e.code, e.message])).toEqual(cells);
    expect(report.errorCount).toBe(missingRequired.length + cells.length);
  });
});
