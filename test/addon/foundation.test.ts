import { createWorkbook, type MenuItem } from "../fakes";
import { activate, loadAddOn } from "./harness";

function itemsOf(items: MenuItem[]): { caption: string; functionName: string }[] {
  return items.flatMap((i) => ("functionName" in i ? [i] : "items" in i ? itemsOf(i.items) : []));
}

describe("the built add-on under gas-local", () => {
  test("loading Code.js calls no service (the top level must not, onOpen may run in AuthMode.NONE)", () => {
    const { state } = loadAddOn();
    expect(state.calls.total).toBe(0);
  });

  test.each(["NONE", "LIMITED"] as const)("onOpen in AuthMode.%s builds the add-on menu and nothing else", (mode) => {
    const { addOn, state } = loadAddOn({ authMode: mode });
    addOn.onOpen({ authMode: mode });
    expect(state.ui.menus).toHaveLength(1);
    expect(state.ui.menus[0].name).toBeNull(); // createAddonMenu: the menu bears the add-on's name
    expect(Object.keys(state.calls.snapshot()).every((m) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m))).toBe(true);
  });

  test("onInstall builds the same menu as onOpen", () => {
    const { addOn, state } = loadAddOn({ authMode: "NONE" });
    addOn.onInstall({ authMode: "NONE" });
    expect(itemsOf(state.ui.menus[0].items).map((i) => i.caption)).toContain("Ouvrir le panneau");
  });

  test("every menu item names a global function of Code.js", () => {
    const { addOn, state } = loadAddOn();
    addOn.onOpen({});
    const items = itemsOf(state.ui.menus[0].items);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const item of items) expect(typeof addOn[item.functionName]).toBe("function");
    expect(items.map((i) => i.caption)).toEqual([
      "Ouvrir le panneau",
      "Standardiser l'onglet",
      "Valider l'onglet",
      "Effacer les marques",
      "Annuler la dernière opération",
      "Nouvel onglet modèle…",
    ]);
  });

  test("showSidebar opens Sidebar.html, titled in French", () => {
    const { addOn, state } = loadAddOn();
    addOn.showSidebar();
    expect(state.ui.sidebars).toHaveLength(1);
    expect(state.ui.sidebars[0].title).toBe("Mise en qualité");
    expect(state.ui.sidebars[0].content).toContain('<html lang="fr">');
  });

  test("the sidebar's info on each sample tab: headers as typed and the schema they resemble", () => {
    const { addOn, state } = loadAddOn();
    const expected: Record<string, string> = {
      "agenda-ceyrat-2021": "evenements",
      "randonnees-3de": "randonnee",
      "randonnees-ceyrando": "randonnee",
      "randonnees-escapade": "randonnee",
    };
    for (const [name, schemaId] of Object.entries(expected)) {
      activate(state, name);
      const info = addOn.getActiveSheetInfo() as { name: string; headers: string[]; dataRows: number; guesses: { schemaId: string }[] };
      expect(info.name).toBe(name);
      expect(info.guesses[0].schemaId).toBe(schemaId);
      expect(info.headers.length).toBeGreaterThan(5);
    }
    activate(state, "randonnees-3de");
    const info = addOn.getActiveSheetInfo() as { headers: string[]; dataRows: number; columns: number };
    expect(info.headers.slice(0, 3)).toEqual(["N°", "Nom de la randonnée", "Commune de départ"]);
    expect(info).toMatchObject({ dataRows: 8, columns: 15 });
  });

  test("opening the sidebar costs a fixed, small number of service calls", () => {
    const { addOn, state } = loadAddOn();
    addOn.showSidebar();
    addOn.getActiveSheetInfo();
    const opening = state.calls.total;
    // showSidebar: 4 calls; the tab's info: 6 calls, whatever the number of rows.
    expect(state.calls.snapshot()).toEqual({
      "HtmlOutput.setTitle": 1,
      "HtmlService.createHtmlOutputFromFile": 1,
      "Range.getDisplayValues": 1,
      "Sheet.getLastColumn": 1,
      "Sheet.getLastRow": 1,
      "Sheet.getName": 1,
      "Sheet.getRange": 1,
      "SpreadsheetApp.getActiveSheet": 1,
      "SpreadsheetApp.getUi": 1,
      "Ui.showSidebar": 1,
    });
    expect(opening).toBe(10);
  });

  test("the sidebar's first request (the tab's state) costs the same on a 9-row and a 10,000-row tab", () => {
    const counts = [9, 10000].map((rows) => {
      const values = [["Date", "Heure", "Événement", "Type"], ...Array.from({ length: rows }, (_, i) => [`${(i % 28) + 1}/01/2021`, "20h30", `Concert ${i}`, "concert"])];
      const { addOn, state } = loadAddOn({ workbook: createWorkbook({ sheets: [{ name: "Agenda", values }] }) });
      addOn.showSidebar();
      addOn.getTabState();
      return state.calls.total;
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(25);
  });
});
