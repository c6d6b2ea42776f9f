/**
 * The sidebar's server functions, as google.script.run calls them (anyone with the sidebar can call
 * them with any arguments), and the template tabs.
 */
import { createWorkbook } from "../fakes";
import { activate, loadAddOn } from "./harness";

type TabState = {
  schemaId: string | null;
  remembered: boolean;
  mapping: { header: string; field: string | null; confidence: number; unit: string }[];
  missingRequired: string[];
  lastOperation: { kind: string } | null;
  hasMarks: boolean;
  focus: string | null;
};

describe("schema and mapping of a tab", () => {
  test("the detected schema and mapping, with units from headers in words", () => {
    const { addOn, state } = loadAddOn();
    activate(state, "randonnees-escapade");
    const tab = addOn.getTabState() as TabState;
    expect(tab).toMatchObject({ schemaId: "randonnee", remembered: false, lastOperation: null, hasMarks: false, focus: null });
    expect(tab.mapping.find((m) => m.header === "Longueur (km)")).toMatchObject({ field: "longueur", unit: "kilomètres" });
    expect(tab.mapping.find((m) => m.header === "Temps (min)")).toMatchObject({ field: "duree", unit: "minutes" });
  });

  test("a person's correction is remembered for the tab and used by the one-click standardisation", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-ceyrando");
    const saved = addOn.saveTabSettings("randonnee", { Départ: "arrivee", Remarques: null }) as TabState;
    expect(saved.remembered).toBe(true);
    expect(saved.mapping.find((m) => m.header === "Départ")).toMatchObject({ field: "arrivee", confidence: 1 });
    // A new execution (the menu, another day) finds the same settings in the document.
    const later = loadAddOn({ workbook: state.workbook });
    expect((later.addOn.getTabState() as TabState).mapping.find((m) => m.header === "Départ")?.field).toBe("arrivee");
    expect(globals.SpreadsheetApp.getActiveSheet().getName()).toBe("randonnees-ceyrando");
  });

  test("with hours per day set for the tab, « 1 jour » and « ½ journée » become hours, shown for review", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const saved = addOn.saveTabSettings("randonnee", {}, 6) as TabState & { hoursPerDay: number | null; hasDurations: boolean };
    expect(saved).toMatchObject({ hoursPerDay: 6, hasDurations: true });
    addOn.applyStandardise();
    const durations = globals.SpreadsheetApp.getActiveSheet().getRange("G8:G9").getValues().flat();
    expect(durations).toEqual([3, 6]);
  });

  test("arguments that do not come from the real sidebar are refused with a French message", () => {
    expect(() => loadAddOn().addOn.saveTabSettings("randonnee", {}, -3)).toThrow(/Paramètre invalide \(heures par jour\)/);
    const { addOn } = loadAddOn();
    expect(() => addOn.saveTabSettings("inconnu", {})).toThrow(/Paramètre invalide \(schéma\)/);
    expect(() => addOn.saveTabSettings("randonnee", { Départ: 42 })).toThrow(/Paramètre invalide \(correspondance\)/);
    expect(() => addOn.selectCell(0, 1)).toThrow(/Paramètre invalide \(cellule\)/);
    expect(() => addOn.selectCell(2, 1e9)).toThrow(/Paramètre invalide \(cellule\)/);
    expect(() => addOn.createTemplate("<script>")).toThrow(/Paramètre invalide \(schéma\)/);
  });

  test("selecting a problem's cell activates it in the tab", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "agenda-ceyrat-2021");
    addOn.selectCell(5, 1);
    expect(globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe("A5");
  });

  test("the preview groups the plan by rule, with examples and the values left for review, and writes nothing", () => {
    const { addOn, state } = loadAddOn();
    activate(state, "randonnees-ceyrando");
    const preview = addOn.previewStandardise() as { changeCount: number; groups: { rule: string; count: number; examples: { before: string; after: string }[] }[] };
    expect(state.calls.count("Range.setValues")).toBe(0);
    const durations = preview.groups.find((g) => g.rule === "duration")!;
    expect(durations.examples[0]).toEqual({ cell: "E2", before: "2H", after: "2", review: false });
    // The header says km: it becomes metres with its values.
    expect(preview.groups.find((g) => g.rule === "units")!.examples.slice(0, 2)).toEqual([
      { cell: "D1", before: "Km", after: "longueur (m)", review: false },
      { cell: "D2", before: "7", after: "7000", review: false },
    ]);
    expect(preview.changeCount).toBe(preview.groups.reduce((n, g) => n + g.count, 0));
  });
});

describe("template tabs", () => {
  test("a randonnée template: field names as headers, help in notes, drop-downs for enums, text for codes, dates as dates", () => {
    const { addOn, globals } = loadAddOn();
    const message = addOn.createTemplate("randonnee") as string;
    expect(message).toMatch(/Onglet « Modèle – Itinéraires de randonnée » créé/);
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Modèle – Itinéraires de randonnée")!;
    const headers = sheet.getRange(1, 1, 1, 39).getValues()[0];
    expect(headers.slice(0, 3)).toEqual(["id_local", "producteur", "contact"]);
    expect(headers).toContain("geometry");
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRange(1, col("longueur")).getNote()).toMatch(/Longueur de l'itinéraire \(en mètres\)[\s\S]*Unité : mètres/);
    expect(sheet.getRange(1, col("id_local")).getNote()).toMatch(/Obligatoire\./);
    const pratique = sheet.getRange(2, col("pratique")).getDataValidation()!;
    expect(pratique.getCriteriaValues()[0]).toEqual(["pédestre", "trail", "VTT", "cyclo", "gravel", "équestre", "ski de fond", "ski de rando", "raquettes", "autre"]);
    expect(sheet.getRange(2, col("communes_code")).getNumberFormat()).toBe("@");
    expect(sheet.getRange(2, col("date_creation")).getNumberFormat()).toBe("@"); // a JSON Schema date is a string with a pattern
    expect(sheet.getRange(2, col("longueur")).getNumberFormat()).toBe("0.###############");
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    // Typing a code with a leading zero keeps it.
    sheet.getRange(2, col("communes_code")).setValue("01004");
    expect(sheet.getRange(2, col("communes_code")).getValue()).toBe("01004");
    // The new tab remembers its schema.
    expect((addOn.getTabState() as TabState).schemaId).toBe("randonnee");
  });

  test("an agenda template: booleans as oui/non lists, Table Schema dates and times formatted", () => {
    const { addOn, globals } = loadAddOn();
    addOn.createTemplate("evenements");
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Modèle – Agenda des événements d'une commune")!;
    const headers = sheet.getRange(1, 1, 1, 24).getValues()[0];
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRange(2, col("gratuit")).getDataValidation()!.getCriteriaValues()[0]).toEqual(["oui", "non"]);
    expect(sheet.getRange(2, col("date_debut")).getNumberFormat()).toBe("yyyy-mm-dd");
    expect(sheet.getRange(2, col("heure_debut")).getNumberFormat()).toBe("hh:mm:ss");
    expect(sheet.getRange(2, col("commune_code")).getNumberFormat()).toBe("@");
  });

  test("a second template of the same schema gets a new name; the menu opens the sidebar on the template section", () => {
    const workbook = createWorkbook();
    const { addOn, state } = loadAddOn({ workbook });
    addOn.createTemplate("catalogue");
    expect(addOn.createTemplate("catalogue")).toMatch(/Modèle – Catalogue simplifié \(2\)/);
    addOn.showTemplatePanel();
    expect(state.ui.sidebars).toHaveLength(1);
    expect((addOn.getTabState() as TabState).focus).toBe("template");
    expect((addOn.getTabState() as TabState).focus).toBeNull();
  });
});
