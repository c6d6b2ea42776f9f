import { loadSampleWorkbook, readCsvRows } from "./samples";
import { createGasGlobals } from "./index";

describe("the sample workbook", () => {
  const { globals } = createGasGlobals({ workbook: loadSampleWorkbook() });
  const sheet = (name: string) => globals.SpreadsheetApp.getActive().getSheetByName(name)!;

  test("each CSV is a tab named after its file", () => {
    expect(globals.SpreadsheetApp.getActive().getSheets().map((s) => s.getName())).toEqual([
      "agenda-ceyrat-2021",
      "randonnees-3de",
      "randonnees-ceyrando",
      "randonnees-escapade",
    ]);
  });

  test("the byte-order mark is stripped from the first header", () => {
    expect(sheet("agenda-ceyrat-2021").getRange("A1").getValue()).toBe("Date");
  });

  test("the Windows-1252 file's accents are decoded", () => {
    expect(sheet("randonnees-ceyrando").getRange("C1").getValue()).toBe("Départ");
  });

  test("cells are typed as pasted into a French sheet: dates become Dates, units stay text", () => {
    const row = sheet("randonnees-3de").getRange("A2:O2").getValues()[0]!;
    expect(row[5]).toBe("8,4 km");
    expect(Object.prototype.toString.call(row[14])).toBe("[object Date]");
    expect(sheet("randonnees-3de").getRange("O2").getDisplayValue()).toBe("24/09/2015");
  });

  test('"18,6" in the comma-separated file becomes 18.6', () => {
    expect(sheet("randonnees-escapade").getRange("F2").getValue()).toBe(18.6);
  });

  test("the delimiter is detected and trailing empty lines dropped; short rows are padded", () => {
    expect(readCsvRows("a;b;c\n1;2\n\n")).toEqual([["a", "b", "c"], ["1", "2", ""]]);
  });
});
