// Builds what clasp pushes (dist/: Code.js, Sidebar.html, appsscript.json) and the CLI (build/cli.js).
// Apps Script has no modules: the server bundle is one ES2019 iife, and every exported entry point
// gets a top-level function stub, generated from the bundle's exports, so that triggers, menus and
// google.script.run can find it.
import { build } from "esbuild";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const GLOBAL = "AddOn";

/** Names exported by the add-on's entry module, read from an ESM build's metafile. */
async function entryPointNames(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, format: "esm", write: false, metafile: true, outdir: "out", logLevel: "silent" });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return output.exports.filter((name) => !name.endsWith("_")).sort();
}

async function buildServer() {
  const entry = join(root, "src/addon/main.ts");
  const names = await entryPointNames(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    charset: "utf8",
    minify: false,
    legalComments: "inline",
    write: false,
    logLevel: "warning",
  });
  const stubs = names.map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`).join("\n");
  const header = "// Mise en qualité — built by scripts/build.mjs from src/addon and src/core. Do not edit.\n";
  writeFileSync(join(dist, "Code.js"), `${header}${result.outputFiles[0].text}\n// Entry points (triggers, menu items, google.script.run)\n${stubs}\n`);
  return names;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: [join(root, "sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    charset: "utf8",
    write: false,
    logLevel: "warning",
  });
  // "</script" inside the inlined code would close the tag early.
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
  const style = readFileSync(join(root, "sidebar/style.css"), "utf8");
  const html = readFileSync(join(root, "sidebar/index.html"), "utf8")
    .replace("<!-- inline:style -->", () => `<style>\n${style}</style>`)
    .replace("<!-- inline:script -->", () => `<script>\n${script}</script>`);
  writeFileSync(join(dist, "Sidebar.html"), html);
}

async function buildCli() {
  const entry = join(root, "src/cli/main.ts");
  if (!existsSync(entry)) return;
  mkdirSync(join(root, "build"), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    charset: "utf8",
    outfile: join(root, "build/cli.js"),
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
  chmodSync(join(root, "build/cli.js"), 0o755);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const names = await buildServer();
await buildSidebar();
copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
await buildCli();
console.log(`dist/ prêt : Code.js (${names.length} points d'entrée : ${names.join(", ")}), Sidebar.html, appsscript.json`);
