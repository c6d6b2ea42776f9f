import { numberRule, parseDecimal } from "../../../src/core/rules";
import { catalogue, context, rando } from "./fields";

describe("decimal", () => {
  test('"8,4" becomes 8.4', () => expect(parseDecimal("8,4")).toBe(8.4));
  test('"1 465" with a no-break space becomes 1465', () => expect(parseDecimal("1\u00a0465")).toBe(1465));
  test('"1 465" with a narrow no-break space becomes 1465', () => expect(parseDecimal("1\u202f465")).toBe(1465));
  test('"1 465" with a plain space becomes 1465', () => expect(parseDecimal("1 465")).toBe(1465));
  test('"1,234" is 1.234: a comma is a decimal separator in French', () => expect(parseDecimal("1,234")).toBe(1.234));
  test('"1.234,5" reads the last separator as the decimal one', () => expect(parseDecimal("1.234,5")).toBe(1234.5));
  test("text is not a number", () => expect(parseDecimal("environ huit")).toBeUndefined());
  test('"12 34" is not a number (a thousands group has three digits)', () => expect(parseDecimal("12 34")).toBeUndefined());
});

describe("units", () => {
  const longueur = rando("longueur");
  test('"8,4 km" becomes 8400 metres', () => {
    expect(numberRule("8,4 km", longueur, context())).toMatchObject({ kind: "fix", value: 8400, rule: "units" });
  });
  test('"6900 m" becomes 6900', () => {
    expect(numberRule("6900 m", longueur, context())).toMatchObject({ kind: "fix", value: 6900, rule: "units" });
  });
  test('a bare "8,8" under a header in km becomes 8800', () => {
    expect(numberRule("8,8", longueur, context({ headerUnit: "km" }))).toMatchObject({ kind: "fix", value: 8800 });
  });
  test('a bare "8,8" in a column whose other cells say km becomes 8800', () => {
    expect(numberRule("8,8", longueur, context({ columnUnit: "km" }))).toMatchObject({ kind: "fix", value: 8800 });
  });
  test("the header's unit wins over the column's", () => {
    expect(numberRule("700", longueur, context({ headerUnit: "m", columnUnit: "km" }))).toMatchObject({ kind: "fix", value: 700 });
  });
  test("the Ceyrando Km column: a number cell 7 becomes 7000 and 9.5 becomes 9500", () => {
    expect(numberRule(7, longueur, context({ headerUnit: "km" }))).toMatchObject({ kind: "fix", value: 7000 });
    expect(numberRule("9.5", longueur, context({ headerUnit: "km" }))).toMatchObject({ kind: "fix", value: 9500 });
  });
  test("a unit written in the cell wins over the header's", () => {
    expect(numberRule("6900 m", longueur, context({ headerUnit: "km" }))).toMatchObject({ kind: "fix", value: 6900 });
  });
  test("a duration unit in a length is invalid", () => {
    expect(numberRule("3 h", longueur, context())).toMatchObject({ kind: "flag", reason: "invalid" });
  });
  test('"1 465 m" becomes the integer 1465 for an altitude', () => {
    expect(numberRule("1 465 m", rando("altitude_max"), context())).toMatchObject({ kind: "fix", value: 1465 });
  });
  test("a number already in metres is kept", () => {
    expect(numberRule(8400, longueur, context())).toEqual({ kind: "keep" });
  });
  test("a header unit of another kind (minutes) is ignored for a length", () => {
    expect(numberRule(12, longueur, context({ headerUnit: "min" }))).toEqual({ kind: "keep" });
  });
});

describe("numbers", () => {
  test('"180" in an integer field becomes the number 180', () => {
    expect(numberRule("180", rando("denivele_positif"), context())).toMatchObject({ kind: "fix", value: 180, rule: "number" });
  });
  test('"12,5" in an integer field is not rounded but flagged', () => {
    expect(numberRule("12,5", rando("denivele_positif"), context())).toMatchObject({ kind: "flag", reason: "invalid" });
  });
  test("a whole number written 3.0 in an integer field becomes 3", () => {
    expect(numberRule("3.0", catalogue("NOMBRE_RESSOURCES"), context())).toMatchObject({ kind: "fix", value: 3 });
  });
  test("a latitude keeps every decimal (only conversions are rounded)", () => {
    const latitude = { ...rando("longueur"), name: "latitude", unit: undefined };
    expect(numberRule("45,773456789", latitude, context())).toMatchObject({ kind: "fix", value: 45.773456789, rule: "decimal" });
  });
  test("text that is no number is invalid, with a French message key", () => {
    expect(numberRule("environ 8", rando("longueur"), context())).toMatchObject({ kind: "flag", reason: "invalid", message: "notNumber" });
  });
  test("a boolean is not a number", () => {
    expect(numberRule(true, rando("longueur"), context())).toMatchObject({ kind: "flag", reason: "invalid" });
  });
});
