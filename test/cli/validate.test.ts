import { runCli, sample, tempDir, writeTemp } from "./runCli";

const VALID_AGENDA = [
  "id_local,commune_nom,commune_code,titre,type_evenement,date_debut,heure_debut,gratuit",
  "CEYRAT-2021-001,Ceyrat,63070,Fête de la musique,Fête ou festival,2021-06-21,18:30:00,oui",
  "",
].join("\n");

describe("mise-en-qualite validate", () => {
  test("a valid file exits 0 and says so, warnings included", () => {
    const file = writeTemp(tempDir(), "agenda.csv", VALID_AGENDA);
    const { code, stdout } = runCli("validate", file, "--schema", "evenements");
    expect(code).toBe(0);
    expect(stdout).toContain("Le fichier est valide : 0 erreur, 16 avertissements.");
    expect(stdout).toContain("Colonne facultative « description » (Description de l'événement) absente");
  });

  test("a file with errors exits 1 with counts per code and the first errors located like in the sheet", () => {
    const { code, stdout } = runCli("validate", sample("randonnees-escapade.csv"), "--schema", "randonnee");
    expect(code).toBe(1);
    expect(stdout).toContain("Le fichier n'est pas valide : 18 erreurs, 21 avertissements.");
    expect(stdout).toContain("Par type de problème :\n      12  Type ou format incorrect (type-error)\n       3  Colonne obligatoire absente (missing-required-header)\n");
    expect(stdout).toContain(
      "  Ligne 3, colonne N « Parking » : « POINT(2.9388, 45.7644) » : WKT illisible, « , » inattendu : un point s'écrit « longitude latitude », les deux nombres séparés par une espace, avec le point comme séparateur décimal (position 13)\n",
    );
    expect(stdout).toContain("  Ligne 4, colonne F « Longueur (km) » : « 14 » : nombre en kilomètres d'après l'en-tête de la colonne, attendu en mètres ; valeur corrigée proposée : 14000\n");
  });

  test("--json prints the report object alone on stdout", () => {
    const { code, stdout } = runCli("validate", sample("agenda-ceyrat-2021.csv"), "--schema", "evenements", "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ valid: false, errorCount: 23, warningCount: 10 });
    expect(report.errors[3]).toEqual({
      code: "type-error",
      row: 2,
      column: 1,
      field: "date_debut",
      value: "16/01/2021",
      message: "« 16/01/2021 » : La date doit être écrite sous la forme aaaa-mm-jj ; valeur corrigée proposée : « 2021-01-16 »",
    });
  });

  test("--mapping corrects the association of a column", () => {
    const dir = tempDir();
    const mapping = writeTemp(dir, "mapping.json", JSON.stringify({ Contact: null }));
    const { stdout } = runCli("validate", sample("agenda-ceyrat-2021.csv"), "--schema", "evenements", "--json", "--mapping", mapping);
    const report = JSON.parse(stdout);
    expect(report.errors.some((e: { field: string }) => e.field === "contact_email")).toBe(false);
    expect(report.counts["extra-header-warn"]).toBe(1);
  });

  test.each([
    [["validate", "--schema", "evenements"], "Indiquez le fichier CSV à traiter."],
    [["validate", sample("agenda-ceyrat-2021.csv")], "Indiquez le schéma avec --schema"],
    [["validate", "absent.csv", "--schema", "evenements"], "absent.csv"],
    [["validate", sample("agenda-ceyrat-2021.csv"), "--schema", "inconnu"], "inconnu"],
  ])("bad usage or unreadable input exits 2: %j", (argv, message) => {
    const { code, stdout, stderr } = runCli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});
