import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startPreview, type RunningPreview } from "../preview/app";

const ROOT = join(__dirname, "..");

describe("the local preview", () => {
  let preview: RunningPreview;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "dist/Code.js"))) execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "ignore" });
    preview = await startPreview({ port: 0, root: ROOT });
  });
  afterAll(() => preview.close());

  const post = (path: string, body: unknown, type = "application/json") =>
    fetch(new URL(path, preview.url), { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) });

  test("serves the French page on 127.0.0.1 only", async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('src="/sidebar"');
  });

  test("serves the real sidebar with google.script.run injected before its own scripts", async () => {
    const html = await (await fetch(new URL("/sidebar", preview.url))).text();
    const shim = html.indexOf("window.google = {");
    const ownScript = html.indexOf("<script", html.indexOf("</script>", shim));
    expect(shim).toBeGreaterThan(-1);
    expect(ownScript).toBeGreaterThan(shim);
  });

  test("a sidebar call runs the function of dist/Code.js over the sample workbook", async () => {
    const res = (await (await post("/api/run", { fn: "getActiveSheetInfo", args: [] })).json()) as { ok: boolean; value: { name: string; headers: string[] } };
    expect(res.ok).toBe(true);
    expect(res.value.name).toBe("agenda-ceyrat-2021");
    expect(res.value.headers).toContain("Événement");
  });

  test("switching tabs changes the active sheet the add-on sees", async () => {
    const state = (await (await fetch(new URL("/api/state", preview.url))).json()) as { sheets: { id: number; name: string }[] };
    const rando = state.sheets.find((s) => s.name === "randonnees-3de")!;
    await post("/api/activate", { sheetId: rando.id });
    const res = (await (await post("/api/run", { fn: "getActiveSheetInfo", args: [] })).json()) as { value: { name: string } };
    expect(res.value.name).toBe("randonnees-3de");
  });

  test("the add-on menu recorded by onOpen is in the state", async () => {
    const state = (await (await fetch(new URL("/api/state", preview.url))).json()) as { menus: { items: { functionName?: string }[] }[] };
    expect(state.menus[0]!.items.some((i) => i.functionName === "showSidebar")).toBe(true);
  });

  test("services, private functions and unknown names cannot be called", async () => {
    for (const fn of ["SpreadsheetApp", "onOpen_", "nope"]) {
      const res = (await (await post("/api/run", { fn, args: [] })).json()) as { ok: boolean; error: string };
      expect(res).toEqual({ ok: false, error: `Fonction serveur inconnue : ${fn}` });
    }
  });

  test("a request that is not JSON is refused, as a cross-site form would send", async () => {
    const res = await post("/api/run", { fn: "getActiveSheetInfo" }, "text/plain");
    expect(res.status).toBe(400);
  });
});
