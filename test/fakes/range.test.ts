import { createGasGlobals, createWorkbook } from "./index";

function sheetOf(spec: Parameters<typeof createWorkbook>[0] = {}) {
  const { globals, state } = createGasGlobals({ workbook: createWorkbook(spec) });
  return { sheet: globals.SpreadsheetApp.getActiveSheet(), globals, state };
}

describe("Range coordinates", () => {
  test("rows and columns are 1-based and A1 notation follows them", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "Randonnées", values: [["id", "nom"], ["3DE-01", "Puy de Dôme"]] }] });
    const r = sheet.getRange(2, 2);
    expect(r.getValue()).toBe("Puy de Dôme");
    expect(r.getA1Notation()).toBe("B2");
    expect(sheet.getRange(1, 1, 2, 2).getA1Notation()).toBe("A1:B2");
    expect(sheet.getRange("B1:B2").getValues()).toEqual([["nom"], ["Puy de Dôme"]]);
    expect(sheet.getRange("Z10").getColumn()).toBe(26);
  });

  test("a row or column below 1 is refused with Sheets' message", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
  });

  test("fewer than one row or column is refused with Sheets' message", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
  });

  test("a range past the sheet's last row is refused", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange("Z1:AA1")).toThrow("outside the dimensions");
  });

  test("Spreadsheet.getRange reads 'Sheet name'!A1 references", () => {
    const { globals } = sheetOf({ sheets: [{ name: "Feuille 1" }, { name: "Ma feuille", values: [["x"]] }] });
    expect(globals.SpreadsheetApp.getActive().getRange("'Ma feuille'!A1").getValue()).toBe("x");
    expect(() => globals.SpreadsheetApp.getActive().getRange("Absente!A1")).toThrow("Range not found");
  });

  test("offset moves and resizes a range", () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange("B2").offset(1, 2, 3, 4).getA1Notation()).toBe("D3:G5");
  });
});

describe("setValues", () => {
  test("a rectangle with too few rows is refused with both counts", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
  });

  test("a row with the wrong number of columns is refused with both counts", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([["a", "b", "c"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
  });

  test("numbers, booleans and Dates written as such are kept", () => {
    const { sheet } = sheetOf();
    const d = new Date("2021-06-21T10:30:00Z");
    sheet.getRange(1, 1, 1, 3).setValues([[12.5, true, d]]);
    const [[n, b, date]] = sheet.getRange(1, 1, 1, 3).getValues() as [[number, boolean, Date]];
    expect(n).toBe(12.5);
    expect(b).toBe(true);
    expect(Object.prototype.toString.call(date)).toBe("[object Date]");
    expect(date.getTime()).toBe(d.getTime());
  });

  test("null and empty strings empty the cell; empty cells read as empty strings", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "F", values: [["a", "b"]] }] });
    sheet.getRange("A1:B1").setValues([[null, ""]] as never);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["", "", ""]]);
  });

  test("setValue fills every cell of the range", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:B2").setValue("non");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([["non", "non"], ["non", "non"]]);
  });
});

describe("formulas", () => {
  test("a string starting with = becomes a formula, read back by getFormulas and computed by getValues", () => {
    const { sheet } = sheetOf();
    sheet.getRange(1, 1, 1, 3).setValues([[2, 3, "=A1+B1"]]);
    expect(sheet.getRange("C1").getFormula()).toBe("=A1+B1");
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", "=A1+B1"]]);
    expect(sheet.getRange("C1").getValue()).toBe(5);
  });

  test("the computed value follows the cells it refers to", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1").setFormula("=SUM(A1:A3)");
    sheet.getRange("A3").setValue(10);
    expect(sheet.getRange("B1").getValue()).toBe(13);
  });

  test("writing back getValues turns a formula into a static value", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:B1").setValues([["rando", "=UPPER(A1)"]]);
    const range = sheet.getRange("A1:B1");
    range.setValues(range.getValues());
    expect(sheet.getRange("B1").getFormula()).toBe("");
    expect(sheet.getRange("B1").getValue()).toBe("RANDO");
  });

  test("a test can plug its own evaluator", () => {
    const { sheet, state } = sheetOf();
    state.workbook.evaluateFormula = (f) => (f === "=GOOGLEFINANCE()" ? 42 : "#N/A");
    sheet.getRange("A1").setValue("=GOOGLEFINANCE()");
    expect(sheet.getRange("A1").getValue()).toBe(42);
  });
});

describe("formats, backgrounds, notes, validations", () => {
  test("untouched cells: white background, no note, General number format, no validation", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange("A1:B1");
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    expect(r.getNotes()).toEqual([["", ""]]);
    expect(r.getNumberFormats()).toEqual([["General", "General"]]);
    expect(r.getDataValidations()).toEqual([[null, null]]);
  });

  test("backgrounds come back as lower-case hex, and null resets to white", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:B1").setBackgrounds([["#FCE8E6", "#abc"]]);
    expect(sheet.getRange("A1:B1").getBackgrounds()).toEqual([["#fce8e6", "#aabbcc"]]);
    sheet.getRange("A1").setBackground(null);
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
  });

  test("setBackgrounds and setNotes demand the range's size too", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange("A1:B1").setBackgrounds([["#ff0000"]])).toThrow("The data has 1 but the range has 2.");
    expect(() => sheet.getRange("A1:A2").setNotes([["x"]])).toThrow("The number of rows in the data");
  });

  test("notes are set, read and cleared apart from values", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "F", values: [["8,4 km"]] }] });
    sheet.getRange("A1").setNote("Converti en mètres : 8400");
    expect(sheet.getRange("A1").getNotes()).toEqual([["Converti en mètres : 8400"]]);
    expect(sheet.getRange("A1").getValue()).toBe("8,4 km");
    sheet.getRange("A1").clearNote();
    expect(sheet.getRange("A1").getNote()).toBe("");
  });

  test("a list validation built with the builder is read back", () => {
    const { sheet, globals } = sheetOf();
    const rule = globals.SpreadsheetApp.newDataValidation().requireValueInList(["Pédestre", "VTT"], true).setAllowInvalid(false).setHelpText("Choisir une pratique").build();
    sheet.getRange("A2:A3").setDataValidation(rule);
    const got = sheet.getRange("A3").getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(got.getCriteriaValues()).toEqual([["Pédestre", "VTT"], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe("Choisir une pratique");
  });

  test("clear empties values, formats and notes; clearContent keeps formats and notes", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange("A1");
    r.setValue("x").setBackground("#ff0000").setNote("n");
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(["", "#ff0000", "n"]);
    r.clear();
    expect([r.getBackground(), r.getNote()]).toEqual(["#ffffff", ""]);
  });
});

describe("sheet extent", () => {
  test("last row and column are those of the last value; 0 on an empty sheet", () => {
    const { sheet } = sheetOf();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange("C5").setValue("x");
    sheet.getRange("E9").setBackground("#ff0000");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
  });

  test("getDataRange runs from A1 to the last used cell", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "F", values: [["a", "", ""], ["", "", "b"]] }] });
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C2");
  });

  test("appendRow writes after the last row, converting text as setValues does", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "F", values: [["id", "km"]] }] });
    sheet.appendRow(["3DE-09", "8,8"]);
    expect(sheet.getRange("A2:B2").getValues()).toEqual([["3DE-09", 8.8]]);
  });

  test("insertRows shifts the rows below", () => {
    const { sheet } = sheetOf({ sheets: [{ name: "F", values: [["en-tête"], ["donnée"]] }] });
    sheet.insertRows(2, 1);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["en-tête"], [""], ["donnée"]]);
    expect(sheet.getMaxRows()).toBe(1001);
  });
});

describe("rich text and hidden tabs", () => {
  test("a rich text value is stored as written, with its link", () => {
    const { sheet, globals } = sheetOf();
    const rich = globals.SpreadsheetApp.newRichTextValue().setText("001").setLinkUrl("https://www.ceyrat.fr").build();
    sheet.getRange("A1").setRichTextValues([[rich]]);
    expect(sheet.getRange("A1").getValue()).toBe("001");
    expect(sheet.getRange("A1").getRichTextValue()!.getLinkUrl()).toBe("https://www.ceyrat.fr");
  });

  test("a hidden tab stays in getSheets; the last visible one cannot be hidden", () => {
    const { globals } = sheetOf({ sheets: [{ name: "Données" }, { name: "Historique" }] });
    const ss = globals.SpreadsheetApp.getActive();
    ss.getSheetByName("Historique")!.hideSheet();
    expect(ss.getSheetByName("Historique")!.isSheetHidden()).toBe(true);
    expect(ss.getSheets()).toHaveLength(2);
    expect(() => ss.getSheetByName("Données")!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });
});
