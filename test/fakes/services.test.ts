import { createGasGlobals, createWorkbook, EXECUTION_LIMIT_MESSAGE, LOCK_TIMEOUT_MESSAGE } from "./index";

describe("Spreadsheet and sheets", () => {
  test("time zone, locale and tabs of the workbook", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ timeZone: "Europe/Paris", locale: "fr_FR", sheets: [{ name: "Randonnées" }, { name: "Agenda" }] }) });
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/Paris");
    expect(ss.getSpreadsheetLocale()).toBe("fr_FR");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Randonnées", "Agenda"]);
    expect(ss.getSheetByName("Agenda")!.getIndex()).toBe(2);
    expect(ss.getSheetByName("Absente")).toBeNull();
  });

  test("insertSheet places the new tab at a 0-based index and makes it active", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] }) });
    const ss = globals.SpreadsheetApp.getActive();
    ss.insertSheet("Rapport", 1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["A", "Rapport", "B"]);
    expect(ss.getActiveSheet().getName()).toBe("Rapport");
  });

  test("a second tab with the same name is refused", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "Rapport" }] }) });
    expect(() => globals.SpreadsheetApp.getActive().insertSheet("Rapport")).toThrow('A sheet with the name "Rapport" already exists. Please enter another name.');
  });

  test("a new French spreadsheet's first tab is Feuille 1", () => {
    const { globals } = createGasGlobals();
    expect(globals.SpreadsheetApp.getActiveSheet().getName()).toBe("Feuille 1");
  });

  test("deleteSheet removes the tab but never the last one", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] }) });
    const ss = globals.SpreadsheetApp.getActive();
    ss.deleteSheet(ss.getSheetByName("B")!);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => ss.deleteSheet(ss.getSheetByName("A")!)).toThrow("You can't remove all the sheets in a document.");
  });

  test("setActiveSheet and Range.activate change the active sheet", () => {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] }) });
    const app = globals.SpreadsheetApp;
    app.getActive().setActiveSheet(app.getActive().getSheetByName("B")!);
    expect(app.getActiveSheet().getName()).toBe("B");
    app.getActive().getSheetByName("A")!.getRange("B2:C3").activate();
    expect(app.getActiveSheet().getName()).toBe("A");
    expect(app.getActiveRange().getA1Notation()).toBe("B2:C3");
  });

  test("developer metadata is kept per sheet and per spreadsheet, and can be changed or removed", () => {
    const { globals } = createGasGlobals();
    const ss = globals.SpreadsheetApp.getActive();
    const sheet = ss.getActiveSheet();
    sheet.addDeveloperMetadata("mq.schema", "randonnee");
    ss.addDeveloperMetadata("mq.version", "1");
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([["mq.schema", "randonnee"]]);
    const [version] = ss.getDeveloperMetadata();
    version!.setValue("2");
    expect(ss.getDeveloperMetadata()[0]!.getValue()).toBe("2");
    version!.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });

  test("toasts are recorded with the documented 5 s default", () => {
    const { globals, state } = createGasGlobals();
    globals.SpreadsheetApp.getActive().toast("3 cellules corrigées", "Mise en qualité");
    expect(state.ui.toasts).toEqual([{ message: "3 cellules corrigées", title: "Mise en qualité", timeoutSeconds: 5 }]);
  });
});

describe("Ui and HtmlService", () => {
  test("the add-on menu is recorded with its items, separators and submenus", () => {
    const { globals, state } = createGasGlobals();
    const ui = globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Ouvrir le panneau", "showSidebar").addSeparator().addSubMenu(ui.createMenu("Aide").addItem("À propos", "showAbout")).addToUi();
    expect(state.ui.menus).toEqual([
      {
        name: null,
        items: [{ caption: "Ouvrir le panneau", functionName: "showSidebar" }, { separator: true }, { caption: "Aide", items: [{ caption: "À propos", functionName: "showAbout" }] }],
      },
    ]);
  });

  test("alerts answer the queued response, or the first button", () => {
    const { globals, state } = createGasGlobals();
    const ui = globals.SpreadsheetApp.getUi();
    expect(ui.alert("Terminé")).toBe(ui.Button.OK);
    state.ui.responses.push({ button: "NO" });
    expect(ui.alert("Annuler ?", "Annuler la dernière opération ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Confirmer ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(state.ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      ["", "Terminé", "OK"],
      ["Annuler ?", "Annuler la dernière opération ?", "YES_NO"],
      ["", "Confirmer ?", "YES_NO"],
    ]);
  });

  test("a sidebar is read from the HTML directory and recorded with its title", () => {
    const { globals, state } = createGasGlobals({ htmlDir: __dirname + "/fixtures" });
    const out = globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Mise en qualité");
    globals.SpreadsheetApp.getUi().showSidebar(out);
    expect(state.ui.sidebars).toEqual([{ title: "Mise en qualité", content: "<p>Panneau</p>\n" }]);
    expect(state.calls.count("HtmlOutput.getContent")).toBe(0);
  });

  test("a missing HTML file is an error", () => {
    const { globals } = createGasGlobals({ htmlDir: __dirname + "/fixtures" });
    expect(() => globals.HtmlService.createHtmlOutputFromFile("Absent")).toThrow("No HTML file named Absent was found.");
  });
});

describe("PropertiesService", () => {
  test("values are stored as strings; a missing key reads null", () => {
    const { globals } = createGasGlobals();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty("cursor", 120 as never);
    expect(props.getProperty("cursor")).toBe("120");
    expect(props.getProperty("absent")).toBeNull();
    props.setProperties({ a: "1", b: "2" }, true);
    expect(props.getProperties()).toEqual({ a: "1", b: "2" });
    props.deleteProperty("a");
    expect(props.getKeys()).toEqual(["b"]);
  });

  test("a value over 9 KB is refused", () => {
    const { globals } = createGasGlobals();
    const props = globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty("undo", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => props.setProperty("undo", "x".repeat(9 * 1024))).not.toThrow();
  });

  test("a store over 500 KB is refused and left as it was", () => {
    const { globals } = createGasGlobals();
    const props = globals.PropertiesService.getScriptProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("k56", "x".repeat(9000))).toThrow("property storage quota");
    expect(props.getProperty("k56")).toBeNull();
  });

  test("document properties are shared by everyone on the workbook; user properties are not", () => {
    const alice = createGasGlobals({ user: "alice@example.org" });
    const bob = createGasGlobals({ workbook: alice.state.workbook, user: "bob@example.org" });
    alice.globals.PropertiesService.getDocumentProperties().setProperty("schema", "randonnee");
    alice.globals.PropertiesService.getUserProperties().setProperty("vue", "compacte");
    expect(bob.globals.PropertiesService.getDocumentProperties().getProperty("schema")).toBe("randonnee");
    expect(bob.globals.PropertiesService.getUserProperties().getProperty("vue")).toBeNull();
  });
});

describe("LockService", () => {
  test("a second person cannot take the document lock while the first holds it", () => {
    const first = createGasGlobals();
    const second = createGasGlobals({ workbook: first.state.workbook });
    const mine = first.globals.LockService.getDocumentLock();
    expect(mine.tryLock(1000)).toBe(true);
    expect(mine.hasLock()).toBe(true);
    const theirs = second.globals.LockService.getDocumentLock();
    const before = second.state.clock.now();
    expect(theirs.tryLock(5000)).toBe(false);
    expect(second.state.clock.now() - before).toBeGreaterThanOrEqual(5000);
    expect(() => theirs.waitLock(100)).toThrow(LOCK_TIMEOUT_MESSAGE);
    mine.releaseLock();
    expect(theirs.tryLock(0)).toBe(true);
  });

  test("releasing a lock one does not hold changes nothing", () => {
    const first = createGasGlobals();
    const second = createGasGlobals({ workbook: first.state.workbook });
    first.globals.LockService.getDocumentLock().tryLock(0);
    second.globals.LockService.getDocumentLock().releaseLock();
    expect(first.globals.LockService.getDocumentLock().hasLock()).toBe(true);
  });

  test("an execution that ends, even stopped at the time limit, leaves no lock behind", () => {
    const first = createGasGlobals({ executionLimitMs: 10 });
    const second = createGasGlobals({ workbook: first.state.workbook });
    first.globals.LockService.getDocumentLock().tryLock(0);
    first.state.clock.advance(20);
    expect(() => first.globals.LockService.getDocumentLock().releaseLock()).toThrow(/Exceeded maximum execution time/);
    expect(second.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
    first.state.endExecution();
    expect(second.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe("Utilities and Session", () => {
  test("formatDate converts to the time zone given", () => {
    const { globals } = createGasGlobals();
    const d = new Date("2021-06-20T22:30:05Z");
    expect(globals.Utilities.formatDate(d, "Europe/Paris", "yyyy-MM-dd HH:mm:ss")).toBe("2021-06-21 00:30:05");
    expect(globals.Utilities.formatDate(d, "America/New_York", "dd/MM/yyyy")).toBe("20/06/2021");
    expect(globals.Utilities.formatDate(d, "Europe/Paris", "yyyy-MM-dd'T'HH:mmXXX")).toBe("2021-06-21T00:30+02:00");
  });

  test("Session tells the script's time zone and the person", () => {
    const { globals } = createGasGlobals({ user: "alice@example.org", scriptTimeZone: "America/New_York" });
    expect(globals.Session.getScriptTimeZone()).toBe("America/New_York");
    expect(globals.Session.getActiveUser().getEmail()).toBe("alice@example.org");
    expect(globals.Session.getTemporaryActiveUserKey()).toBe(globals.Session.getTemporaryActiveUserKey());
  });
});

describe("call counting and the simulated clock", () => {
  test("every service call is counted by Class.method; calls the fakes make among themselves are not", () => {
    const { globals, state } = createGasGlobals();
    const range = globals.SpreadsheetApp.getActiveSheet().getRange("A1:B2");
    range.setValues([[1, 2], [3, 4]]).setBackground("#ff0000");
    expect(state.calls.snapshot()).toEqual({
      "Range.setBackground": 1,
      "Range.setValues": 1,
      "Sheet.getRange": 1,
      "SpreadsheetApp.getActiveSheet": 1,
    });
    expect(state.calls.total).toBe(4);
    state.calls.reset();
    expect(state.calls.total).toBe(0);
  });

  test("each call costs simulated time, per call and per cell", () => {
    const { globals, state } = createGasGlobals({ costPerCallMs: 10, costPerCellMs: 1 });
    const start = state.clock.now();
    globals.SpreadsheetApp.getActiveSheet().getRange(1, 1, 100, 2).getValues();
    // getActiveSheet, getRange, then getValues over 200 cells.
    expect(state.clock.now() - start).toBe(3 * 10 + 200);
  });

  test("Utilities.sleep only advances the clock", () => {
    const { globals, state } = createGasGlobals();
    const start = state.clock.now();
    globals.Utilities.sleep(2000);
    expect(state.clock.now() - start).toBe(2000 + 1);
  });

  test("past six minutes, the next call throws as Apps Script does; a new execution starts afresh", () => {
    const { globals, state } = createGasGlobals({ costPerCallMs: 1000 });
    const sheet = globals.SpreadsheetApp.getActiveSheet();
    let calls = 0;
    expect(() => {
      for (;;) {
        sheet.getLastRow();
        calls++;
      }
    }).toThrow(EXECUTION_LIMIT_MESSAGE);
    // 1 s spent getting the sheet, then 359 calls fit in the remaining 359 s.
    expect(calls).toBe(359);
    state.clock.startExecution();
    expect(() => sheet.getLastRow()).not.toThrow();
  });

  test("in AuthMode.NONE only the menu may be built", () => {
    const { globals, state } = createGasGlobals({ authMode: "NONE" });
    globals.SpreadsheetApp.getUi().createAddonMenu().addItem("Ouvrir", "showSidebar").addToUi();
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow("You do not have permission to call SpreadsheetApp.getActiveSpreadsheet");
    expect(() => globals.PropertiesService.getDocumentProperties()).toThrow("You do not have permission");
    state.setAuthMode("FULL");
    expect(() => globals.SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
  });
});
