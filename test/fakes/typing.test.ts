import { createGasGlobals, createWorkbook } from "./index";

/** Writes one string with setValue in a fresh sheet and returns what Sheets would store. */
function typed(text: string, locale = "fr_FR", numberFormat?: string) {
  const { globals } = createGasGlobals({ workbook: createWorkbook({ locale, timeZone: "Europe/Paris" }) });
  const cell = globals.SpreadsheetApp.getActiveSheet().getRange("A1");
  if (numberFormat) cell.setNumberFormat(numberFormat);
  cell.setValue(text);
  return { value: cell.getValue(), shown: cell.getDisplayValue(), format: cell.getNumberFormat(), formula: cell.getFormula() };
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

describe("text Sheets converts when written as a string (French sheet)", () => {
  test('"001" becomes the number 1', () => {
    expect(typed("001").value).toBe(1);
  });

  test('"12,5" becomes 12.5 and is shown "12,5"', () => {
    expect(typed("12,5")).toMatchObject({ value: 12.5, shown: "12,5" });
  });

  test('"12.5" stays text in fr_FR but is 12.5 in en_US', () => {
    expect(typed("12.5").value).toBe("12.5");
    expect(typed("12.5", "en_US").value).toBe(12.5);
  });

  test('"1 465" with a space, a no-break space or a narrow one becomes 1465', () => {
    for (const sep of [" ", "\u00a0", "\u202f"]) expect(typed(`1${sep}465`).value).toBe(1465);
  });

  test('"1 465 m" with a unit stays text', () => {
    expect(typed("1\u00a0465 m").value).toBe("1\u00a0465 m");
  });

  test('"12 %" becomes the fraction 0.12', () => {
    expect(typed("12 %")).toMatchObject({ value: 0.12, format: "0%", shown: "12%" });
  });

  test('"2021-06-21" becomes a Date at midnight in the spreadsheet\'s time zone, with a date format', () => {
    const { value, format, shown } = typed("2021-06-21");
    expect(isDate(value)).toBe(true);
    expect((value as Date).toISOString()).toBe("2021-06-20T22:00:00.000Z");
    expect(format).toBe("yyyy-mm-dd");
    expect(shown).toBe("2021-06-21");
  });

  test('"21/06/2021" is day first in French and a Date', () => {
    const { value, shown } = typed("21/06/2021");
    expect((value as Date).toISOString()).toBe("2021-06-20T22:00:00.000Z");
    expect(shown).toBe("21/06/2021");
  });

  test('"02/05/16" is 2 May 2016; "31/02/2021" is not a date and stays text', () => {
    expect((typed("02/05/16").value as Date).toISOString()).toBe("2016-05-01T22:00:00.000Z");
    expect(typed("31/02/2021").value).toBe("31/02/2021");
  });

  test('"06/21/2021" is a date in en_US (month first) but text in fr_FR', () => {
    expect(isDate(typed("06/21/2021", "en_US").value)).toBe(true);
    expect(typed("06/21/2021").value).toBe("06/21/2021");
  });

  test('"TRUE" and "VRAI" become true, shown "VRAI" in French', () => {
    expect(typed("TRUE")).toMatchObject({ value: true, shown: "VRAI" });
    expect(typed("vrai").value).toBe(true);
    expect(typed("FAUX").value).toBe(false);
  });

  test('"oui" and "3h30" stay text', () => {
    expect(typed("oui").value).toBe("oui");
    expect(typed("3h30").value).toBe("3h30");
  });

  test('a time alone ("10:00") is a Date on 1899-12-30', () => {
    const { value, shown } = typed("10:00");
    expect(isDate(value)).toBe(true);
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(value as Date);
    expect(parts).toBe("1899-12-30, 10:00");
    expect(shown).toBe("10:00");
  });

  test("a leading apostrophe stores the rest as text", () => {
    expect(typed("'001")).toMatchObject({ value: "001", shown: "001" });
    expect(typed("'=A1")).toMatchObject({ value: "=A1", formula: "" });
  });

  test("the plain-text format @ keeps every string as written, formulas included", () => {
    expect(typed("001", "fr_FR", "@").value).toBe("001");
    expect(typed("2021-06-21", "fr_FR", "@").value).toBe("2021-06-21");
    expect(typed("=1+1", "fr_FR", "@")).toMatchObject({ value: "=1+1", formula: "" });
  });
});

describe("display values and number formats", () => {
  function cell(value: unknown, numberFormat: string, locale = "fr_FR") {
    const { globals } = createGasGlobals({ workbook: createWorkbook({ locale }) });
    const r = globals.SpreadsheetApp.getActiveSheet().getRange("A1");
    r.setValue(value).setNumberFormat(numberFormat);
    return r;
  }

  test("numbers are shown with the locale's decimal separator", () => {
    expect(cell(1234.5, "General").getDisplayValue()).toBe("1234,5");
    expect(cell(1234.5, "General", "en_US").getDisplayValue()).toBe("1234.5");
  });

  test("fixed decimals and thousands groups follow the format", () => {
    expect(cell(1234.5, "0.00").getDisplayValue()).toBe("1234,50");
    expect(cell(1234.5, "#,##0.00").getDisplayValue()).toBe("1\u202f234,50");
    expect(cell(1234.5, "#,##0.00", "en_US").getDisplayValue()).toBe("1,234.50");
  });

  test("Dates are shown through their date pattern", () => {
    const d = new Date("2021-06-21T10:30:00Z");
    expect(cell(d, "yyyy-mm-dd").getDisplayValue()).toBe("2021-06-21");
    expect(cell(d, "dd/mm/yyyy hh:mm").getDisplayValue()).toBe("21/06/2021 12:30");
    expect(cell(d, "d mmmm yyyy").getDisplayValue()).toBe("21 juin 2021");
  });

  test("a Date written by a script gets the locale's date format, or date-time when not at midnight", () => {
    const { globals } = createGasGlobals();
    const r = globals.SpreadsheetApp.getActiveSheet().getRange("A1:B1");
    r.setValues([[new Date("2021-06-20T22:00:00Z"), new Date("2021-06-21T10:30:00Z")]]);
    expect(r.getNumberFormats()).toEqual([["dd/MM/yyyy", "dd/MM/yyyy HH:mm:ss"]]);
    expect(r.getDisplayValues()).toEqual([["21/06/2021", "21/06/2021 12:30:00"]]);
  });

  test("a number format on a date cell shows its serial number, and getValues returns it as a number", () => {
    const r = cell(new Date("2021-06-20T22:00:00Z"), "0");
    expect(r.getValue()).toBe(44368);
    expect(r.getDisplayValue()).toBe("44368");
  });
});
