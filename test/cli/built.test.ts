import { spawnSync } from "child_process";
import { buildSync } from "esbuild";
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT, sample, tempDir } from "./runCli";

/**
 * The bundled program as people run it: built here the way scripts/build.mjs builds build/cli.js,
 * into a temporary folder, so that this test depends on no earlier build.
 */
const cli = join(tempDir(), "cli.js");
buildSync({
  entryPoints: [join(ROOT, "src/cli/main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  charset: "utf8",
  outfile: cli,
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "silent",
});

function node(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
}

test("starts with a shebang and runs as the main module", () => {
  expect(readFileSync(cli, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  const r = node("--help");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("Utilisation : mise-en-qualite <commande> [options]");
});

test("standardises a Windows-1252 CRLF sheet to the golden output", () => {
  const r = node("standardise", sample("randonnees-ceyrando.csv"), "--schema", "randonnee");
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(readFileSync(join(__dirname, "golden/randonnees-ceyrando.csv"), "utf8"));
  expect(r.stderr).toContain("19 modifications, 0 valeur à vérifier.");
});

test("exits 2 with a French message for an unknown schema", () => {
  const r = node("standardise", sample("randonnees-3de.csv"), "--schema", "rando");
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n")[0]).toBe(
    "Schéma inconnu : « rando ». Schémas disponibles : randonnee, evenements, catalogue, ou le chemin d'un fichier de schéma .json.",
  );
});
