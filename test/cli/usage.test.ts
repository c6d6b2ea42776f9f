import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { COMMANDS } from "../../src/cli/commands";
import { run } from "../../src/cli/main";
import { runCli, sample, tempDir, writeTemp } from "./runCli";

/** A bad usage: exit 2, nothing on stdout, the French message then a pointer to the help. */
function expectUsageError(argv: string[], message: string) {
  const r = runCli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(`${message}\n« mise-en-qualite --help » pour l'aide.\n`);
}

describe("help", () => {
  test("--help lists the commands on stdout, exit 0", () => {
    const r = runCli("--help");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Utilisation : mise-en-qualite <commande> [options]");
    expect(r.stdout).toMatch(/^ {2}standardise {2}Nettoie un fichier CSV/m);
  });

  test("standardise --help details its options in French", () => {
    const r = runCli("standardise", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Utilisation : mise-en-qualite standardise <entrée.csv> --schema <schéma> [options]");
    expect(r.stdout).toMatch(/^ {2}--hours-per-day <N> +Heures de marche par jour/m);
    expect(r.stdout).toMatch(/^ {2}-h, --help +Affiche cette aide$/m);
    expect(runCli("standardise", "-h").stdout).toBe(r.stdout);
  });
});

describe("bad usage: exit 2 and a French message on stderr", () => {
  const csv = sample("randonnees-3de.csv");

  test.each([
    { what: "no command", argv: [], message: "Indiquez une commande. « mise-en-qualite --help » les liste." },
    { what: "an unknown command", argv: ["nettoie", csv], message: `Commande inconnue : « nettoie ». Commandes disponibles : ${COMMANDS.map((c) => c.name).join(", ")}.` },
    { what: "an unknown option", argv: ["standardise", csv, "--schema", "randonnee", "--sortie", "x.csv"], message: "Option inconnue : « --sortie ». « --help » liste les options de la commande." },
    { what: "an unknown option given with =", argv: ["standardise", csv, "--sortie=x.csv"], message: "Option inconnue : « --sortie ». « --help » liste les options de la commande." },
    { what: "a short option other than -h", argv: ["standardise", csv, "-s", "randonnee"], message: "Option inconnue : « -s ». « --help » liste les options de la commande." },
    { what: "no input file", argv: ["standardise", "--schema", "randonnee"], message: "Indiquez le fichier CSV à traiter." },
    { what: "two input files", argv: ["standardise", csv, "autre.csv", "--schema", "randonnee"], message: "Un seul fichier à la fois : « autre.csv » est en trop." },
    {
      what: "no schema",
      argv: ["standardise", csv],
      message: "Indiquez le schéma avec --schema : randonnee, evenements, catalogue, ou le chemin d'un fichier de schéma JSON.",
    },
    { what: "--schema without its value", argv: ["standardise", csv, "--schema"], message: "L'option --schema attend une valeur : --schema <schéma>." },
    { what: "--schema followed by another option", argv: ["standardise", csv, "--schema", "--out", "x.csv"], message: "L'option --schema attend une valeur : --schema <schéma>." },
    {
      what: "an unknown schema name",
      argv: ["standardise", csv, "--schema", "rando"],
      message: "Schéma inconnu : « rando ». Schémas disponibles : randonnee, evenements, catalogue, ou le chemin d'un fichier de schéma .json.",
    },
    { what: "an option given twice", argv: ["standardise", csv, "--schema", "randonnee", "--schema", "evenements"], message: "L'option --schema est donnée deux fois." },
    { what: "a value given to --help", argv: ["standardise", "--help=oui"], message: "L'option --help ne prend pas de valeur." },
    ...["0", "25", "huit", "6h"].map((v) => ({
      what: `--hours-per-day ${v}`,
      argv: ["standardise", csv, "--schema", "randonnee", "--hours-per-day", v],
      message: `--hours-per-day attend un nombre d'heures entre 1 et 24 (par exemple 6), pas « ${v} ».`,
    })),
  ])("$what", ({ argv, message }) => expectUsageError(argv, message));
});

describe("unreadable input: exit 2 and a French message on stderr", () => {
  const dir = tempDir();

  test("a missing file", () => {
    const path = join(dir, "absent.csv");
    expectUsageError(["standardise", path, "--schema", "randonnee"], `Fichier introuvable : ${path}`);
  });

  test("a folder", () => {
    const path = join(dir, "dossier.csv");
    mkdirSync(path);
    expectUsageError(["standardise", path, "--schema", "randonnee"], `${path} est un dossier, pas un fichier.`);
  });

  test("an empty file", () => {
    const path = writeTemp(dir, "vide.csv", "");
    expectUsageError(["standardise", path, "--schema", "randonnee"], `${path} : Le fichier est vide : il ne contient aucune ligne d'en-tête.`);
  });

  test("a GPX track given instead of a CSV", () => {
    const path = sample("gpx/3DE-01.gpx");
    expectUsageError(
      ["standardise", path, "--schema", "randonnee"],
      `${path} : La ligne d'en-tête ne contient aucun séparateur (virgule, point-virgule ou tabulation) : ce fichier ne ressemble pas à un tableau CSV.`,
    );
  });

  test("a spreadsheet file (binary)", () => {
    // The first bytes of an .xlsx: a zip archive.
    const path = writeTemp(dir, "randonnees.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
    const r = runCli("standardise", path, "--schema", "randonnee");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path} : Ce fichier n'est pas un fichier texte (il contient des octets nuls)`);
  });

  test("duplicate headers", () => {
    const path = writeTemp(dir, "doublons.csv", "N°;Nom;Distance;Nom\n3DE-01;Puy de Dôme;8,4 km;Dôme\n");
    expectUsageError(
      ["standardise", path, "--schema", "randonnee"],
      `${path} : L'en-tête « Nom » de la colonne D est déjà celui de la colonne B : chaque colonne doit avoir un nom différent.`,
    );
  });

  test("a quote never closed", () => {
    const path = writeTemp(dir, "guillemet.csv", 'N°,Nom,Description courte\n3DE-01,Puy de Dôme,"Montée historique\n');
    expectUsageError(
      ["standardise", path, "--schema", "randonnee"],
      `${path} : Un guillemet ouvert à la ligne 2 n'est jamais refermé : la suite du fichier serait lue comme une seule cellule.`,
    );
  });

  test("a file whose columns match nothing of the schema (the wrong schema)", () => {
    expectUsageError(
      ["standardise", sample("randonnees-3de.csv"), "--schema", "catalogue"],
      "Aucune colonne du fichier ne correspond au schéma « Catalogue simplifié » : vérifiez --schema, ou indiquez les correspondances avec --mapping.",
    );
  });

  test("a schema file that is not JSON", () => {
    const path = writeTemp(dir, "schema.json", "fields: [id]");
    const r = runCli("standardise", sample("randonnees-3de.csv"), "--schema", path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Le schéma ${path} n'est pas un JSON valide : `);
  });

  test("a JSON file that is not a schema", () => {
    const path = writeTemp(dir, "donnees.json", '{"type": "FeatureCollection", "features": []}');
    const r = runCli("standardise", sample("randonnees-3de.csv"), "--schema", path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Le schéma ${path} ne peut pas être lu : Schéma non reconnu`);
  });

  test.each([
    { what: "not JSON", content: "Remarques: recommandations" },
    { what: "a list", content: '["Remarques"]' },
    { what: "a number as a field", content: '{"Remarques": 3}' },
  ])("a mapping file that is $what", ({ content }) => {
    const path = writeTemp(dir, `correspondances-${content.length}.json`, content);
    const r = runCli("standardise", sample("randonnees-ceyrando.csv"), "--schema", "randonnee", "--mapping", path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^Le fichier de correspondances ${path.replace(/[.\\]/g, "\\$&")} (n'est pas un JSON valide|doit être un objet JSON)`));
  });

  test("an output file in a folder that does not exist", () => {
    const out = join(dir, "absent", "propre.csv");
    const r = runCli("standardise", sample("randonnees-3de.csv"), "--schema", "randonnee", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Impossible d'écrire ${out} : `);
  });
});

test("a bug surfaces as exit 70 with a French message, not a stack trace", () => {
  let stderr = "";
  const code = run(["standardise", sample("randonnees-3de.csv"), "--schema", "randonnee"], {
    stdout: () => {
      throw new Error("EPIPE: broken pipe");
    },
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(p),
    writeFile: () => undefined,
  });
  expect(code).toBe(70);
  expect(stderr).toBe("Erreur inattendue : EPIPE: broken pipe. Signalez-la avec la commande lancée et le fichier.\n");
});
