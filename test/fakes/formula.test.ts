import { createGasGlobals, createWorkbook } from "./index";

function computed(formula: string, values: unknown[][] = [[]]) {
  const { globals } = createGasGlobals({ workbook: createWorkbook({ sheets: [{ name: "F", values }, { name: "Autre feuille", values: [[7]] }] }) });
  const r = globals.SpreadsheetApp.getActiveSheet().getRange("J1");
  r.setFormula(formula);
  return r.getValue();
}

describe("the small formula evaluator", () => {
  test("literal arithmetic with precedence and parentheses", () => {
    expect(computed("=1+2*3")).toBe(7);
    expect(computed("=(1+2)*3-4/2")).toBe(7);
    expect(computed("=-2+5")).toBe(3);
  });

  test("references to cells and to another sheet", () => {
    expect(computed("=A1*B1", [[4, 2.5]])).toBe(10);
    expect(computed("=A1+'Autre feuille'!A1", [[1]])).toBe(8);
  });

  test("SUM and AVERAGE over ranges ignore text", () => {
    expect(computed("=SUM(A1:A3)", [[1], ["km"], [3]])).toBe(4);
    expect(computed("=AVERAGE(A1:A3)", [[1], ["km"], [3]])).toBe(2);
    expect(computed("=SUM(A:A)", [[1], [2], [3]])).toBe(6);
  });

  test("text functions and concatenation", () => {
    expect(computed("=UPPER(A1)", [["Puy de Dôme"]])).toBe("PUY DE DÔME");
    expect(computed('=CONCATENATE(A1," - ",B1)', [["3DE-01", "Orcines"]])).toBe("3DE-01 - Orcines");
    expect(computed('=A1&"!"', [["oui"]])).toBe("oui!");
    expect(computed("=LEN(TRIM(A1))", [["  a  b "]])).toBe(3);
  });

  test("errors are values, as Sheets shows them", () => {
    expect(computed("=FOO(1)")).toBe("#NAME?");
    expect(computed("=1/0")).toBe("#DIV/0!");
    expect(computed("=A1+1", [["km"]])).toBe("#VALUE!");
  });

  test("a formula that refers to itself computes to #REF!", () => {
    expect(computed("=J1+1")).toBe("#REF!");
  });
});
