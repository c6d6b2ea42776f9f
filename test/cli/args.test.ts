import { optionLines, parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";

const SPECS = [
  { name: "schema", value: "schéma", description: "Schéma" },
  { name: "out", value: "fichier.csv", description: "Sortie" },
  { name: "dry-run", description: "Sans écrire" },
];

describe("parseArgs", () => {
  test("values after a space or an equals sign, flags, positionals anywhere", () => {
    expect(parseArgs(["a.csv", "--schema", "randonnee", "--out=b.csv", "--dry-run"], SPECS)).toEqual({
      positionals: ["a.csv"],
      options: { schema: "randonnee", out: "b.csv", "dry-run": true },
    });
  });

  test("a value may hold an equals sign, and `--` lets a file name start with a dash", () => {
    expect(parseArgs(["--out=a=b.csv", "--", "-fichier.csv"], SPECS)).toEqual({ positionals: ["-fichier.csv"], options: { out: "a=b.csv" } });
  });

  test("-h and --help are understood by every command", () => {
    expect(parseArgs(["-h"], []).options.help).toBe(true);
    expect(parseArgs(["--help"], []).options.help).toBe(true);
  });

  test("an empty value is missing", () => {
    expect(() => parseArgs(["--out="], SPECS)).toThrow(new CliError("L'option --out attend une valeur : --out <fichier.csv>."));
  });
});

test("option help lines are aligned", () => {
  expect(optionLines(SPECS)).toEqual([
    "  --schema <schéma>    Schéma",
    "  --out <fichier.csv>  Sortie",
    "  --dry-run            Sans écrire",
    "  -h, --help           Affiche cette aide",
  ]);
});
