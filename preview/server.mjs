// `npm start`: serves the preview on http://127.0.0.1:8080 (PORT to change). The preview and the
// fakes are TypeScript: bundled here on the fly with esbuild, so no compile step is needed.
import { buildSync } from "esbuild";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(mkdtempSync(join(tmpdir(), "mq-preview-")), "preview.cjs");
buildSync({ entryPoints: [join(root, "preview/app.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "warning" });

const { startPreview } = createRequire(import.meta.url)(outfile);
const preview = await startPreview({ port: Number(process.env.PORT ?? 8080), root });
console.log(`Aperçu local : ${preview.url}  (Ctrl+C pour arrêter)`);
