/**
 * End to end: the built dist/Code.js under gas-local, on the sample workbook typed into a French
 * sheet, driven through its entry points as the menu and the sidebar call them.
 */
import { createGasGlobals, createWorkbook, loadSampleWorkbook } from "../fakes";
import { activate, loadAddOn, type AddOn } from "./harness";

const undo = (addOn: AddOn) => (addOn.undoTabOperation() as { done: boolean; message: string }).message;

type Globals = ReturnType<typeof createGasGlobals>["globals"];

/** What a person sees in a tab, read through the (counted, then reset) Sheets API. */
function look(globals: Globals, name: string) {
  const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
  const range = sheet.getDataRange();
  return {
    sheet,
    values: range.getValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    notes: range.getNotes(),
    display: range.getDisplayValues(),
  };
}

/** A column of a grid, found by its header in `headers` (the values' first row). */
const column = (grid: unknown[][], header: string, headers: unknown[] = grid[0]) => {
  const i = (headers as string[]).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return grid.slice(1).map((r) => r[i]);
};

describe("standardise a sample tab in the sheet", () => {
  test("columns without any change are not written at all, so nothing in them can be lost", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const tab = globals.SpreadsheetApp.getActiveSheet();
    // A rich-text link a person put in an unchanged column (J, « Balisage »).
    tab.getRange("J2").setRichTextValue(globals.SpreadsheetApp.newRichTextValue().setText("Jaune").setLinkUrl("https://www.ffrandonnee.fr/balisage").build());
    addOn.applyStandardise();
    expect(tab.getRange("J2").getRichTextValue()!.getLinkUrl()).toBe("https://www.ffrandonnee.fr/balisage");
  });

  test("randonnees-3de: every rule of the domain applied in the cells, in one batch read and one batch write", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const progress = addOn.applyStandardise() as { done: boolean; changed: number; message: string };
    expect(progress.done).toBe(true);
    // One write per run of changed columns (B, D–I, L–O: Balisage and Difficulté are left alone,
    // never rewritten), the history lines, and the history tab's header (created on first use).
    expect(state.calls.count("Range.setValues")).toBe(3 + 2);
    expect(state.calls.count("Range.setNumberFormats")).toBe(3);
    expect(state.calls.count("Range.getValues")).toBeLessThanOrEqual(3);
    const after = look(globals, "randonnees-3de");
    expect(column(after.values, "Distance")).toEqual([8400, 11900, 6900, 8800, 5200, "", 12000, 14300]);
    expect(column(after.values, "Durée").slice(0, 5)).toEqual([3.5, 4, 2.25, 2.5, 1.75]);
    expect(column(after.values, "Durée").slice(6)).toEqual(["½ journée", "1 jour"]); // left for review
    expect(column(after.values, "Nom de la randonnée")[1]).toBe("Plateau de gergovie");
    expect(column(after.values, "Nom de la randonnée")[0]).toBe("LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS"); // trimmed, capitals reported not rewritten
    expect(column(after.values, "Pratique")).toEqual(["pédestre", "pédestre", "pédestre", "RANDONNÉE PÉDESTRE", "pédestre", "", "pédestre", "pédestre"]);
    expect(column(after.values, "Lien fiche PDF")[0]).toBe("https://www.clermontmetropole.eu/fileadmin/randos/3DE-01.pdf");
    expect(column(after.values, "Contact")[0]).toBe("randos.metropole@clermontmetropole.eu");
    // Dates are written as text in the `@` format: they display as YYYY-MM-DD and stay so.
    expect(column(after.values, "Date de création")).toEqual(["2015-09-24", "2018-03-12", "2016-05-02", "2016-05-02", "", "", "2019-06-01", "2019-06-01"]);
    expect(column(after.formats, "Date de création", after.values[0])[0]).toBe("@");
    expect(column(after.display, "Date de création", after.values[0])[0]).toBe("2015-09-24");
    // Numbers are numbers, and identifiers stay text.
    expect(typeof column(after.values, "Dénivelé +")[0]).toBe("number");
    expect(column(after.values, "N°")[0]).toBe("3DE-01");
  });

  test("standardising again changes nothing", () => {
    const { addOn, state } = loadAddOn();
    activate(state, "randonnees-escapade");
    addOn.applyStandardise();
    const second = addOn.previewStandardise() as { changeCount: number };
    expect(second.changeCount).toBe(0);
  });

  test("randonnees-escapade: INSEE codes keep their text and leading digits, lists get one separator", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-escapade");
    addOn.applyStandardise();
    const after = look(globals, "randonnees-escapade");
    expect(column(after.values, "Codes INSEE")).toEqual(["63014, 63307, 63113", "63263, 63345", "63284, 63124", "63193", "63308, 63263, 63075"]);
    expect(column(after.values, "Communes traversées")[2]).toBe("Pont-du-Château, Cournon-d'Auvergne");
    // 63193 alone would become a number if written as plain text: it is protected.
    expect(typeof column(after.values, "Codes INSEE")[3]).toBe("string");
    expect(column(after.values, "Parking")[1]).toBe("POINT(2.9388 45.7644)");
  });

  test("formula cells are never overwritten, even where the rule would change their value", () => {
    const workbook = createWorkbook({
      sheets: [
        {
          name: "Randos",
          typed: true,
          values: [
            ["Identifiant", "Nom", "Activité", "Départ", "Arrivée", "Longueur (km)", "Durée"],
            ["ESC-01", "boucle des cézeaux", "vtt", "Campus", "Campus", "18,6", "3h30"],
            ["ESC-02", "", "cyclo", "Col", "Col", "", "2h"],
          ],
          formulas: [[], [], ["", '=UPPER("plateau des dômes")', "", "", "", "=2*11", ""]],
        },
      ],
    });
    const { addOn, globals } = loadAddOn({ workbook });
    addOn.applyStandardise();
    const after = look(globals, "Randos");
    expect(after.formulas[2][1]).toBe('=UPPER("plateau des dômes")');
    expect(after.formulas[2][5]).toBe("=2*11");
    expect(after.values[2][5]).toBe(22);
    expect(after.values[1][1]).toBe("Boucle des cézeaux");
    expect(after.values[1][5]).toBe(18600);
  });

  test("text that looks like a formula stays text, in the sheet and after standardising", () => {
    const workbook = createWorkbook({
      sheets: [{ name: "Agenda", values: [["Date", "Heure", "Événement", "Type"], ["16/01/2021", "20h30", "=HYPERLINK(\"http://x\")", "concert"]], numberFormats: [[], ["", "", "@", ""]] }],
    });
    const { addOn, globals } = loadAddOn({ workbook });
    addOn.applyStandardise();
    const after = look(globals, "Agenda");
    expect(after.formulas[1][2]).toBe("");
    expect(after.values[1][2]).toBe('=HYPERLINK("http://x")');
    expect(after.values[1][3]).toBe("Concert");
  });

  test("date cells are read in the spreadsheet's time zone, not the script's", () => {
    for (const timeZone of ["Pacific/Auckland", "America/Los_Angeles", "Europe/Paris"]) {
      const workbook = createWorkbook({
        timeZone,
        sheets: [{ name: "Agenda", typed: true, values: [["Date", "Heure", "Événement", "Type"], ["24/09/2015", "20:30", "Concert", "Concert"]] }],
      });
      const { addOn, globals } = loadAddOn({ workbook, scriptTimeZone: "UTC" });
      addOn.applyStandardise();
      const after = look(globals, "Agenda");
      expect([timeZone, after.values[1][0], after.values[1][1]]).toEqual([timeZone, "2015-09-24", "20:30:00"]);
    }
  });
});

describe("validate, marks and the report tab", () => {
  test("invalid cells are coloured with the message in their note; the report tab lists each problem with a link", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "agenda-ceyrat-2021");
    const view = addOn.validateTab() as { valid: boolean; errorCount: number; reportTab: string; errors: { cell: string; code: string }[] };
    expect(view.valid).toBe(false);
    const after = look(globals, "agenda-ceyrat-2021");
    // B2 "20h30": a time in the wrong form, marked red with the message in the note.
    expect(after.backgrounds[1][1]).toBe("#f4c7c3");
    expect(after.notes[1][1]).toMatch(/hh:mm:ss/);
    expect(after.notes[1][1]).toMatch(/20:30:00/);
    // A valid cell is untouched.
    expect(after.backgrounds[1][2]).toBe("#ffffff");
    expect(after.notes[1][2]).toBe("");
    const report = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(view.reportTab)!;
    expect(view.reportTab).toBe("Rapport – agenda-ceyrat-2021");
    const lines = report.getDataRange().getValues() as string[][];
    const header = lines.findIndex((l) => l[0] === "Niveau");
    expect(lines.slice(header + 1).filter((l) => l[0] === "erreur")).toHaveLength(view.errorCount);
    const b2 = lines.find((l) => l[7] === "B2")!;
    expect(b2[1]).toBe("type-error");
    const link = report.getRange(lines.indexOf(b2) + 1, 8).getRichTextValue()!.getLinkUrl();
    expect(link).toBe(`#gid=${globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("agenda-ceyrat-2021")!.getSheetId()}&range=B2`);
    expect(report.getDataRange().getFormulas().flat().every((f) => f === "")).toBe(true);
    // The person stays on the tab they validated.
    expect(globals.SpreadsheetApp.getActiveSheet().getName()).toBe("agenda-ceyrat-2021");
  });

  test("a value that looks like a formula is written to the report as text, never as a formula", () => {
    const workbook = createWorkbook({
      sheets: [{ name: "Agenda", values: [["Date", "Heure", "Événement", "Type"], ["=1+1 ceci n'est pas une date", "20:30:00", "Concert", "Concert"]], numberFormats: [[], ["@", "@", "", ""]] }],
    });
    const { addOn, globals } = loadAddOn({ workbook });
    addOn.validateTab();
    const report = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Rapport – Agenda")!;
    const values = report.getDataRange().getValues().flat();
    expect(values).toContain("=1+1 ceci n'est pas une date");
    expect(report.getDataRange().getFormulas().flat().every((f) => f === "")).toBe(true);
  });

  test("clearing the marks restores exactly the backgrounds and notes that were there, people's own included", () => {
    const workbook = loadSampleWorkbook();
    const { addOn, state, globals } = loadAddOn({ workbook });
    activate(state, "agenda-ceyrat-2021");
    const tab = globals.SpreadsheetApp.getActiveSheet();
    tab.getRange("B2").setBackground("#00ff00").setNote("Heure à confirmer avec l'Harmonie");
    tab.getRange("C3").setBackground("#ffff00");
    const before = look(globals, "agenda-ceyrat-2021");
    addOn.validateTab();
    const marked = look(globals, "agenda-ceyrat-2021");
    expect(marked.backgrounds[1][1]).toBe("#f4c7c3");
    expect(marked.notes[1][1]).toMatch(/^Heure à confirmer avec l'Harmonie\n\n⚠ Mise en qualité/);
    addOn.clearTabMarks();
    const cleared = look(globals, "agenda-ceyrat-2021");
    expect(cleared.backgrounds).toEqual(before.backgrounds);
    expect(cleared.notes).toEqual(before.notes);
    expect(cleared.values).toEqual(before.values);
  });

  test("a cell recoloured by a person after validation keeps their colour when marks are cleared", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "agenda-ceyrat-2021");
    addOn.validateTab();
    globals.SpreadsheetApp.getActiveSheet().getRange("B2").setBackground("#0000ff");
    const message = addOn.clearTabMarks() as string;
    expect(message).toMatch(/1 cellule\(s\) recolorée\(s\)/);
    const after = look(globals, "agenda-ceyrat-2021");
    expect(after.backgrounds[1][1]).toBe("#0000ff");
    expect(after.backgrounds[1][3]).toBe("#ffffff"); // D2 « concert », restored
  });

  test("validating again after edits replaces the old marks", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "agenda-ceyrat-2021");
    addOn.validateTab();
    globals.SpreadsheetApp.getActiveSheet().getRange("B2").setValue("'20:30:00");
    addOn.validateTab();
    const after = look(globals, "agenda-ceyrat-2021");
    expect(after.backgrounds[1][1]).toBe("#ffffff");
    expect(after.notes[1][1]).toBe("");
    expect(after.backgrounds[2][1]).toBe("#f4c7c3"); // B3 « 14h » still marked
    addOn.clearTabMarks();
    expect(look(globals, "agenda-ceyrat-2021").backgrounds.flat().every((b) => b === "#ffffff")).toBe(true);
  });
});

describe("undo", () => {
  test("the last standardisation is reverted exactly: values, Dates and number formats", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const before = look(globals, "randonnees-3de");
    addOn.applyStandardise();
    expect(look(globals, "randonnees-3de").values).not.toEqual(before.values);
    const message = undo(addOn);
    expect(message).toMatch(/remise\(s\) comme avant/);
    const after = look(globals, "randonnees-3de");
    expect(after.values).toEqual(before.values);
    expect(after.formats).toEqual(before.formats);
    expect(after.display).toEqual(before.display);
  });

  test("cells edited since the standardisation keep the edit and are named; the others are reverted", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const before = look(globals, "randonnees-3de");
    addOn.applyStandardise();
    globals.SpreadsheetApp.getActiveSheet().getRange("F2").setValue(8450);
    const message = undo(addOn);
    expect(message).toMatch(/modifiée\(s\) depuis ont été laissées telles quelles : F2/);
    const after = look(globals, "randonnees-3de");
    expect(after.values[1][5]).toBe(8450);
    expect(after.values[2][5]).toEqual(before.values[2][5]);
  });

  test("undo after validation removes the marks (the last operation), then the standardisation", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const before = look(globals, "randonnees-3de");
    addOn.applyStandardise();
    state.clock.advance(60_000);
    addOn.validateTab();
    expect(undo(addOn)).toMatch(/Marques retirées/);
    expect(undo(addOn)).toMatch(/comme avant la standardisation/);
    expect(undo(addOn)).toMatch(/Aucune opération/);
    const after = look(globals, "randonnees-3de");
    expect(after.values).toEqual(before.values);
    expect(after.backgrounds).toEqual(before.backgrounds);
  });
});

describe("several people on one sheet", () => {
  test("while someone else holds the document lock, a second person gets a French message and nothing is written", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, "randonnees-3de");
    const other = createGasGlobals({ workbook: state.workbook, user: "etudiant@uca.example" });
    expect(other.globals.LockService.getDocumentLock().tryLock(1000)).toBe(true);
    const before = look(globals, "randonnees-3de");
    expect(() => addOn.applyStandardise()).toThrow(/Une autre personne est en train de modifier/);
    addOn.standardiseActiveSheet();
    expect(state.ui.alerts.at(-1)?.prompt).toMatch(/Rien n'a été écrit/);
    expect(look(globals, "randonnees-3de").values).toEqual(before.values);
    other.globals.LockService.getDocumentLock().releaseLock();
    expect((addOn.applyStandardise() as { done: boolean }).done).toBe(true);
  });
});

describe("one click from the menu", () => {
  test("standardise, validate, clear marks and undo from the menu each end with a toast", () => {
    const { addOn, state } = loadAddOn();
    activate(state, "randonnees-ceyrando");
    addOn.standardiseActiveSheet();
    addOn.validateActiveSheet();
    addOn.clearMarks();
    addOn.undoLastOperation();
    expect(state.ui.alerts).toEqual([]);
    expect(state.ui.toasts.map((t) => t.message)).toEqual([
      expect.stringMatching(/cellule\(s\) standardisée\(s\)/),
      expect.stringMatching(/erreur\(s\)|valide/),
      expect.stringMatching(/Marques retirées/),
      expect.stringMatching(/comme avant la standardisation/),
    ]);
  });

  test("a tab that looks like no schema gets a French alert saying what to do", () => {
    const workbook = createWorkbook({ sheets: [{ name: "Notes", values: [["Qui", "Quoi"], ["Léa", "Appeler la mairie"]] }] });
    const { addOn, state } = loadAddOn({ workbook });
    addOn.standardiseActiveSheet();
    expect(state.ui.alerts[0].prompt).toMatch(/Aucun schéma ne correspond à cet onglet/);
  });
});

describe.each(["agenda-ceyrat-2021", "randonnees-3de", "randonnees-ceyrando", "randonnees-escapade"])("the whole round on the sample tab %s", (tab) => {
  test("standardise, validate, clear the marks, undo: each step as promised, and the tab exactly as it was at the end", () => {
    const { addOn, state, globals } = loadAddOn();
    activate(state, tab);
    const original = look(globals, tab);
    const applied = addOn.applyStandardise() as { done: boolean; changed: number };
    expect(applied.done).toBe(true);
    expect(applied.changed).toBeGreaterThan(0);
    const standardised = look(globals, tab);
    expect((addOn.previewStandardise() as { changeCount: number }).changeCount).toBe(0);
    state.clock.advance(60_000);
    const view = addOn.validateTab() as { errorCount: number; warningCount: number; reportTab: string };
    const report = globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(view.reportTab)!;
    expect(report.getRange("A1").getValue()).toBe(`Rapport de validation de l'onglet ${tab}`);
    const marked = look(globals, tab);
    expect(marked.values).toEqual(standardised.values); // validation never changes a value
    addOn.clearTabMarks();
    const cleared = look(globals, tab);
    expect(cleared.backgrounds).toEqual(standardised.backgrounds);
    expect(cleared.notes).toEqual(standardised.notes);
    state.clock.advance(60_000);
    expect(undo(addOn)).toMatch(/comme avant la standardisation/);
    const back = look(globals, tab);
    expect(back.values).toEqual(original.values);
    expect(back.formats).toEqual(original.formats);
    expect(back.display).toEqual(original.display);
    expect(globals.SpreadsheetApp.getActiveSheet().getName()).toBe(tab);
  });
});
