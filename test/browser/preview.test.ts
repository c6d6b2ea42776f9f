/**
 * A person in the local preview, in a real browser (Debian's Chromium, driven by playwright-core):
 * the real Sidebar.html over the real dist/Code.js. .ci/run installs Chromium.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { startPreview, type RunningPreview } from "../../preview/app";

const ROOT = join(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The flags this machine needs: no sandbox as root, no network but loopback.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

jest.setTimeout(60_000);

let preview: RunningPreview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist/Code.js"))) execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "ignore" });
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium est absent (${CHROMIUM}) : apt-get install chromium, comme le fait .ci/run.`);
  preview = await startPreview({ port: 0, root: ROOT });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(preview.url);
});
afterEach(() => page.close());

async function sidebar(): Promise<Frame> {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error("no sidebar frame");
  await frame.waitForSelector("#sheet-info h2");
  return frame;
}

const gridCell = (a1: string) => page.locator(`#grid [data-cell="${a1}"]`);

test("opening the sidebar shows the active tab, its headers and the schema they look like", async () => {
  const frame = await sidebar();
  await expect(frame.locator("#sheet-info h2").textContent()).resolves.toBe("agenda-ceyrat-2021");
  await expect(frame.locator("#sheet-info").textContent()).resolves.toMatch(/Agenda des événements d'une commune/);
  await expect(frame.locator("#mapping-summary").textContent()).resolves.toMatch(/colonne\(s\) associée\(s\)/);
});

test("validate marks the cells in the grid, lists the problems, and clearing the marks restores the grid", async () => {
  const frame = await sidebar();
  const before = await gridCell("B2").evaluate((el) => getComputedStyle(el).backgroundColor);
  await frame.click("#validate");
  await frame.waitForSelector("#validation .problems");
  await expect(frame.locator("#validation").textContent()).resolves.toMatch(/Rapport complet dans l'onglet « Rapport – agenda-ceyrat-2021 »/);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#grid [data-cell="B2"]')!).backgroundColor === "rgb(244, 199, 195)");
  await frame.click("#clear-marks");
  await frame.waitForSelector("#status .done");
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('#grid [data-cell="B2"]')!).backgroundColor === bg, before);
});

test("preview then apply standardises the tab shown in the grid, and undo puts it back", async () => {
  await page.click('#tabs >> text="randonnees-3de"');
  const frame = await sidebar();
  // As in Sheets, the sidebar does not follow the tabs by itself: « Rafraîchir ».
  await frame.click("#refresh");
  await frame.waitForFunction(() => document.querySelector("#sheet-info h2")?.textContent === "randonnees-3de");
  await frame.click("#preview");
  await frame.waitForSelector("#plan details");
  await expect(frame.locator("#plan").textContent()).resolves.toMatch(/8,4 km.*8400/s);
  await frame.click("#apply");
  await frame.waitForSelector("#status .done");
  await expect(gridCell("F2").textContent()).resolves.toBe("8400");
  await frame.click("#undo");
  await page.waitForFunction(() => document.querySelector('#grid [data-cell="F2"]')?.textContent === "8,4 km");
});

test("cell text is shown as text in the sidebar: HTML in a header never runs", async () => {
  preview.session.state.workbook.sheetByName("agenda-ceyrat-2021")!.cellForWrite(1, 3).value = '<img src=x onerror="window.top.__xss=1">';
  await page.reload();
  await page.click('#tabs >> text="agenda-ceyrat-2021"');
  const frame = await sidebar();
  await frame.click("#refresh");
  await frame.click("#mapping-summary");
  await frame.waitForSelector("#mapping .header-name");
  await expect(frame.locator("#mapping").textContent()).resolves.toContain('<img src=x onerror="window.top.__xss=1">');
  await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
  await expect(frame.locator("#mapping img").count()).resolves.toBe(0);
});
