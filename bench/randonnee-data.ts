/**
 * Realistic messy randonnée working sheets of any size, the same for a given seed: what the
 * benchmarks (and any test that needs volume) feed the core.
 */
import type { Cell, Table } from "../src/core/table";

export const RANDONNEE_HEADER: readonly string[] = [
  "N°", "Nom de la randonnée", "Producteur", "Pratique", "Type", "Communes traversées", "Codes INSEE",
  "Départ", "Arrivée", "Durée", "Distance", "Altitude max", "Altitude min", "Dénivelé +", "Dénivelé -",
  "Lien fiche PDF", "Contact", "Date de création", "Parking", "Description courte",
];

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same table everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES: readonly [string, string][] = [
  ["Aubière", "63014"], ["Romagnat", "63307"], ["Clermont-Ferrand", "63113"], ["Orcines", "63263"],
  ["Saint-Genès-Champanelle", "63345"], ["Ceyrat", "63070"], ["Royat", "63308"], ["Chamalières", "63075"],
  ["Lempdes", "63193"], ["Pont-du-Château", "63284"], ["Cournon-d'Auvergne", "63124"], ["Blanzat", "63040"],
];
const PLACES = ["puy de Dôme", "plateau de Gergovie", "puy de Montrognon", "côtes de Clermont", "vallée de l'Artière", "chemin des crêtes", "Montagne noire", "puy de Charade"];
const PRATIQUES = ["Pédestre", "pedestre", "PÉDESTRE", "pédestre", "VTT", "vtt", "Cyclo", "gravel", "RANDONNÉE PÉDESTRE", "Trail"];
const TYPES = ["Boucle", "boucle", "Aller-retour", "Aller-Retour", "aller simple", "BOUCLE"];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

export function generateRandonneeTable(rows: number, seed = 42): Table {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const comma = (x: number, digits: number) => x.toFixed(digits).replace(".", ",");
  const thousands = (n: number) => (n >= 1000 ? `${Math.floor(n / 1000)}${pick(["\u00a0", "\u202f", " ", ""])}${String(n % 1000).padStart(3, "0")}` : String(n));
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const sample = (globalThis as { __benchSample?: () => void }).__benchSample;
    if (i % 10000 === 0 && sample) sample();
    const km = int(20, 450) / 10;
    const hours = int(1, 8);
    const minutes = pick([0, 15, 30, 45]);
    const alt = int(300, 1460);
    const gain = int(20, 1100);
    const crossed = [pick(COMMUNES), pick(COMMUNES), pick(COMMUNES)].slice(0, int(1, 3));
    const name = `${pick(["Le ", "La ", "Les ", "", ""])}${pick(PLACES)}`;
    const y = int(2005, 2023);
    const m = int(1, 12);
    const d = int(1, 28);
    const id = `RANDO-${String(i + 1).padStart(6, "0")}`;
    body.push([
      id,
      pick([name, name.toUpperCase() + " ", name.toLowerCase(), `  ${name}`]),
      pick(["Clermont Auvergne Métropole", "Club des randonneurs de Ceyrat", "Escapade nature"]),
      pick(PRATIQUES),
      pick(TYPES),
      crossed.map((c) => c[0]).join(pick([", ", ";", " ; "])),
      pick([crossed.map((c) => c[1]).join(pick([", ", ";"])), Number(crossed[0][1])]),
      pick(COMMUNES)[0],
      pick(COMMUNES)[0],
      pick([`${hours}h${minutes === 0 ? "" : minutes}`, `${hours}H${String(minutes).padStart(2, "0")}`, `${hours}h ${minutes} min`, comma(hours + minutes / 60, 1), `${hours * 60 + minutes} min`, hours, "½ journée", "1 jour"]),
      pick([`${comma(km, 1)} km`, `${km} km`, `${Math.round(km * 1000)} m`, comma(km, 1), km, ""]),
      pick([`${thousands(alt)} m`, alt, String(alt)]),
      pick([`${thousands(alt - 200)} m`, alt - 200, ""]),
      pick([`${gain} m`, gain, String(gain), "1 200,5"]),
      pick([`${gain} m`, gain, ""]),
      pick([`www.clermontmetropole.eu/fileadmin/randos/${id}.pdf`, `https://www.clermontmetropole.eu/fileadmin/randos/${id}.pdf`, ""]),
      pick(["Randos.Metropole@ClermontMetropole.eu ", "randos.metropole@clermontmetropole.eu", "04 73 61 42 55", ""]),
      pick([
        `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`,
        `${d === 1 ? "1er" : d} ${MONTHS[m - 1]} ${y}`,
        `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${String(y % 100).padStart(2, "0")}`,
        `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        { kind: "date", date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, time: "00:00:00" },
        "31/02/2021",
      ]),
      pick([`POINT(${(3 + next() * 0.3).toFixed(4)}, ${(45.7 + next() * 0.1).toFixed(4)})`, `POINT(${(3 + next() * 0.3).toFixed(4)} ${(45.7 + next() * 0.1).toFixed(4)})`, ""]),
      pick([`  Montée vers le ${pick(PLACES)}.`, `Sur les traces de Vercingétorix.`, `Vignes,  vergers et vues\nsur la ville.`, ""]),
    ]);
  }
  return { header: RANDONNEE_HEADER, rows: body };
}
