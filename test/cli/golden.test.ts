import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli, sample, tempDir } from "./runCli";

/**
 * End to end on each sample sheet. The golden files were read line by line against domain.md;
 * after a deliberate change of the rules, regenerate them with `UPDATE_GOLDEN=1 npx jest test/cli`
 * and read the diff the same way before committing it.
 */
const GOLDEN = join(__dirname, "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function expectGolden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** `ligne field` of each value left as is and flagged, in stderr order. */
function flagged(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((line) => /^À vérifier, ligne (\d+), (\w+) :/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]}`);
}

describe.each([
  {
    file: "randonnees-3de.csv",
    schema: "randonnee",
    // Capitals are reported, not rewritten; an unknown practice is not guessed; days need hours-per-day.
    flagged: ["2 nom_itineraire", "5 pratique", "8 duree", "9 duree"],
  },
  { file: "randonnees-escapade.csv", schema: "randonnee", flagged: [] },
  { file: "randonnees-ceyrando.csv", schema: "randonnee", flagged: [] },
  {
    file: "agenda-ceyrat-2021.csv",
    schema: "evenements",
    // Ranges need the end columns the sheet lacks; a phone number is not an email.
    flagged: ["5 date_debut", "5 contact_email", "9 heure_debut"],
  },
])("standardise $file --schema $schema", ({ file, schema, flagged: expectedFlags }) => {
  const base = file.replace(/\.csv$/, "");
  const dir = tempDir();
  const changes = join(dir, "changes.json");
  const r = runCli("standardise", sample(file), "--schema", schema, "--changes", changes);

  test("exits 0", () => {
    expect(r.code).toBe(0);
  });

  test("writes the cleaned CSV on stdout, as the golden file", () => {
    expectGolden(`${base}.csv`, r.stdout);
  });

  test("writes the changes, as the golden file", () => {
    expectGolden(`${base}.changes.json`, readFileSync(changes, "utf8"));
  });

  test("flags the values it would not change", () => {
    expect(flagged(r.stderr)).toEqual(expectedFlags);
    expect(r.stderr).toMatch(new RegExp(`^\\d+ modifications?, ${expectedFlags.length} valeurs? à vérifier\\.$`, "m"));
  });
});

describe("standardise options", () => {
  test("--out writes the file and leaves stdout empty", () => {
    const out = join(tempDir(), "propre.csv");
    const r = runCli("standardise", sample("randonnees-escapade.csv"), "--schema", "randonnee", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(GOLDEN, "randonnees-escapade.csv"), "utf8"));
    expect(r.stderr).toContain(`Fichier écrit : ${out}`);
  });

  test("--hours-per-day 6 turns ½ journée into 3 hours and 1 jour into 6", () => {
    const r = runCli("standardise", sample("randonnees-3de.csv"), "--schema", "randonnee", "--hours-per-day", "6");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n").map((l) => l.split(","));
    const duree = lines[0].indexOf("duree");
    expect([lines[7][0], lines[7][duree]]).toEqual(["3DE-06", "3"]);
    expect([lines[8][0], lines[8][duree]]).toEqual(["3DE-07", "6"]);
  });

  test("--mapping maps a column detection leaves out, and says so for an unknown field", () => {
    const dir = tempDir();
    const mapping = join(dir, "correspondances.json");
    writeFileSync(mapping, JSON.stringify({ Remarques: "recommandations", Animateur: "guide" }));
    const r = runCli("standardise", sample("randonnees-ceyrando.csv"), "--schema", "randonnee", "--mapping", mapping);
    expect(r.code).toBe(0);
    const header = r.stdout.split("\r\n")[0].split(",");
    expect(header.indexOf("recommandations")).toBeGreaterThan(header.indexOf("presentation"));
    expect(header).not.toContain("Remarques");
    expect(header).toContain("Animateur");
    expect(r.stderr).toContain(
      "Attention : La colonne « Animateur » est associée au champ « guide », qui n'existe pas dans le schéma « Itinéraires de randonnée » : l'association est ignorée.",
    );
  });

  test("a schema given by path: the former tabular randonnée model, with its own field names", () => {
    const path = join(__dirname, "../../../shared/schemas/randonnee/v0.1.2-tableschema/schema.json");
    const r = runCli("standardise", sample("randonnees-escapade.csv"), "--schema", path);
    expect(r.code).toBe(0);
    // `id_source`, `communes` have no synonym: those columns stay at the end under their headers.
    expect(r.stdout.split("\r\n")[0]).toBe(
      "nom,pratique,depart,arrivee,duree,longueur,altitude_max,altitude_min,denivele_positif,denivele_negatif,parking,date_modification,Identifiant,Communes traversées,Codes INSEE",
    );
  });
});
