import { parse } from "acorn";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const dist = join(root, "dist");
const read = (f: string) => readFileSync(join(dist, f), "utf8");

beforeAll(() => {
  // `npm test` builds first; a lone `npx jest` builds here.
  if (!existsSync(join(dist, "Code.js"))) execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { stdio: "ignore" });
});

type Node = { type: string; id?: { name: string } | null; body?: Node[] };
const topLevelFunctions = (code: string) =>
  (parse(code, { ecmaVersion: 2019, sourceType: "script" }) as unknown as { body: Node[] }).body
    .filter((n) => n.type === "FunctionDeclaration")
    .map((n) => n.id!.name);

describe("what clasp pushes", () => {
  test("dist/ holds exactly Code.js, Sidebar.html and appsscript.json", () => {
    expect(readdirSync(dist).sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
  });

  test("Code.js parses as an ES2019 script (no module syntax, nothing newer)", () => {
    expect(() => parse(read("Code.js"), { ecmaVersion: 2019, sourceType: "script" })).not.toThrow();
    expect(read("Code.js")).not.toMatch(/^\s*(import|export)\s/m);
  });

  test("every entry point of src/addon/main.ts is a top-level function, and nothing private is", () => {
    const names = topLevelFunctions(read("Code.js"));
    expect(names).toEqual(expect.arrayContaining(["onOpen", "onInstall", "showSidebar", "getActiveSheetInfo"]));
    expect(names.filter((n) => n.endsWith("_"))).toEqual([]);
    const exported = [...readFileSync(join(root, "src/addon/main.ts"), "utf8").matchAll(/export \{([^}]+)\}/g)]
      .flatMap((m) => m[1].split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    expect(names.sort()).toEqual(exported.sort());
  });

  test("the server bundle is not minified, so Apps Script stack traces stay readable", () => {
    const code = read("Code.js");
    expect(code.split("\n").length).toBeGreaterThan(100);
    expect(code).toMatch(/function getActiveSheetInfo\(\)/);
  });

  test("Sidebar.html is one file: script and style inlined, nothing loaded but Google's optional stylesheet", () => {
    const html = read("Sidebar.html");
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toContain("inline:");
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  test("the sidebar never renders text as HTML", () => {
    expect(read("Sidebar.html")).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  test("appsscript.json is the root manifest: V8, Europe/Paris, Stackdriver logging", () => {
    const manifest = JSON.parse(read("appsscript.json"));
    expect(manifest).toEqual(JSON.parse(readFileSync(join(root, "appsscript.json"), "utf8")));
    expect(manifest).toMatchObject({ runtimeVersion: "V8", timeZone: "Europe/Paris", exceptionLogging: "STACKDRIVER" });
  });
});

/** Each service the server code may touch, and the scope it needs (none for some). */
const SERVICE_SCOPES: Record<string, string | null> = {
  "SpreadsheetApp.": "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "getUi()": "https://www.googleapis.com/auth/script.container.ui",
  "HtmlService.": "https://www.googleapis.com/auth/script.container.ui",
  "Drive.Files.": "https://www.googleapis.com/auth/drive.file",
  "PropertiesService.": null,
  "LockService.": null,
  "CacheService.": null,
  "Utilities.": null,
  "Session.getScriptTimeZone": null,
};

test("the manifest asks for exactly the scopes the bundle uses (least privilege)", () => {
  const code = read("Code.js");
  const needed = new Set(
    Object.entries(SERVICE_SCOPES)
      .filter(([use, scope]) => scope !== null && code.includes(use))
      .map(([, scope]) => scope as string),
  );
  const manifest = JSON.parse(read("appsscript.json"));
  expect([...manifest.oauthScopes].sort()).toEqual([...needed].sort());
  // Services with a broad scope must never appear.
  expect(code).not.toMatch(/\bDriveApp\.|\bUrlFetchApp\.|\bGmailApp\.|\bScriptApp\./);
});

test("clasp would push exactly the three built files (offline `clasp show-file-status --json`)", () => {
  const out = execFileSync(join(root, "node_modules/.bin/clasp"), ["show-file-status", "--json"], { cwd: root, encoding: "utf8" });
  const status = JSON.parse(out) as { filesToPush: string[] };
  expect(status.filesToPush.map((f) => f.replace(/^.*dist\//, "")).sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
});
