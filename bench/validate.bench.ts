// Validates 100,000 agenda rows × 20 columns (about 1.5 % of rows with a wrong cell) with the core, then the same
// CSV with tableschema (frictionless JS) on the same Table Schema, and prints the ratio.
import { mkdtempSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join } from "path";
import { writeCsv } from "../src/core/csv";
import { loadSchema, schemaDocument } from "../src/core/schema";
import type { Cell, Table } from "../src/core/table";
import { validate } from "../src/core/validate";
import { measure } from "./measure";

const ROWS = 100_000;
const schema = loadSchema("evenements");
const FIELDS = [
  "id_local", "commune_nom", "commune_code", "titre", "description", "type_evenement", "themes", "date_debut", "date_fin", "heure_debut",
  "heure_fin", "lieu_nom", "latitude", "longitude", "organisateur", "contact_email", "contact_telephone", "url", "gratuit", "date_maj",
];

/** A deterministic generator, so that both validators read the same file every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function generate(): Table {
  const next = random(42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const wrong = () => next() < 0.0025; // for each of the 7 fields below that can go wrong
  const types = ["Concert", "Marché", "Fête ou festival", "Visite", "Atelier"];
  const communes = [["Ceyrat", "63070"], ["Aubière", "63014"], ["Romagnat", "63307"], ["Royat", "63308"]];
  const rows: Cell[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const [commune, code] = pick(communes);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const row: Record<string, Cell> = {
      id_local: `${code}-2021-${i}`,
      commune_nom: commune,
      commune_code: wrong() ? Number(code) : code,
      titre: `Événement ${i} à ${commune}`,
      description: "Rendez-vous sur la place, buvette et petite restauration sur place.",
      type_evenement: wrong() ? "concert" : pick(types),
      themes: "Musique, Jeunesse",
      date_debut: wrong() ? `${day}/${month}/2021` : `2021-${month}-${day}`,
      date_fin: `2021-${month}-${day}`,
      heure_debut: wrong() ? "20h30" : "20:30:00",
      heure_fin: "23:00:00",
      lieu_nom: "Place de l'Église",
      latitude: wrong() ? "45,7336" : (45.7 + next() / 10).toFixed(4),
      longitude: (3.0 + next() / 10).toFixed(4),
      organisateur: "Comité des fêtes",
      contact_email: wrong() ? "mairie.ceyrat.fr" : "mairie@ceyrat.fr",
      contact_telephone: "04 73 61 42 55",
      url: wrong() ? "www.ceyrat.fr/agenda" : `https://www.ceyrat.fr/agenda/${i}`,
      gratuit: pick(["oui", "non", "Oui"]),
      date_maj: "2021-11-25",
    };
    rows.push(FIELDS.map((f) => row[f]));
  }
  return { header: FIELDS, rows };
}

async function main(): Promise<void> {
  const table = generate();
  const mapping = { schemaId: "evenements", columns: FIELDS.map((field, index) => ({ index, header: field, field, confidence: 1 })) };
  let errors = 0;
  const core = measure(`core validate (${ROWS} × ${FIELDS.length})`, ROWS, () => {
    errors = validate(table, schema, mapping).errorCount;
  });
  console.log(`core: ${errors} errors`);

  // tableschema reads a file: the same table as CSV text, every cell as a CSV file holds it.
  const dir = mkdtempSync(join(tmpdir(), "mq-bench-validate-"));
  const path = join(dir, "agenda.csv");
  writeFileSync(path, writeCsv(table));
  const descriptor = schemaDocument("evenements") as { fields: { name: string }[] };
  const subset = { ...descriptor, fields: descriptor.fields.filter((f) => FIELDS.includes(f.name)) };
  // Required from the project at run time, not bundled: esbuild's strict output breaks its parser.
  const { Table: TsTable } = createRequire(join(process.cwd(), "package.json"))("tableschema") as {
    Table: { load(source: string, options: { schema: unknown }): Promise<{ read(options: { forceCast: boolean }): Promise<unknown[]> }> };
  };
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const start = process.hrtime.bigint();
  const tsTable = await TsTable.load(path, { schema: subset });
  const rows = await tsTable.read({ forceCast: true });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  const tsErrors = rows.filter((r) => r instanceof Error).length;
  const tsRate = Math.round(ROWS / seconds);
  console.log(`tableschema Table.read (same CSV): ${ROWS} rows in ${seconds.toFixed(2)} s = ${tsRate} rows/s; peak heap ${Math.round(peakHeap / 2 ** 20)} MiB; ${tsErrors} rows with an error (it stops at a row's first error)`);
  console.log(`ratio: core is ${(core.rowsPerSecond / tsRate).toFixed(1)} × faster than tableschema`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
