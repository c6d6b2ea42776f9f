// Runs every bench/*.bench.ts in its own Node process (bundled by esbuild), so that each
// benchmark's peak memory is its own. Figures are printed, never asserted.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const only = process.argv[2];
const dir = new URL(".", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "mq-bench-"));
const files = readdirSync(dir).filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)));
for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, ".cjs"));
  await build({ entryPoints: [join(dir, file)], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error" });
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, ["--expose-gc", outfile], { stdio: "inherit", cwd: join(dir, "..") });
}
