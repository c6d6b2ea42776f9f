import { dateRule, detectDateOrder, readDate, type DateOrder } from "../../../src/core/rules";
import { agenda, context, rando } from "./fields";

const creation = rando("date_creation");
const date = (value: Parameters<typeof dateRule>[0], order: DateOrder = "DMY") => dateRule(value, creation, context({ dateOrder: order }));

describe("dates", () => {
  test('"24/09/2015" becomes 2015-09-24', () => expect(date("24/09/2015")).toMatchObject({ kind: "fix", value: "2015-09-24", rule: "date" }));
  test('"12 mars 2018" becomes 2018-03-12', () => expect(date("12 mars 2018")).toMatchObject({ kind: "fix", value: "2018-03-12" }));
  test('"1er juin 2019" becomes 2019-06-01', () => expect(date("1er juin 2019")).toMatchObject({ kind: "fix", value: "2019-06-01" }));
  test('"samedi 13 mars 2021" becomes 2021-03-13', () => expect(date("samedi 13 mars 2021")).toMatchObject({ kind: "fix", value: "2021-03-13" }));
  test('"02/05/16" becomes 2016-05-02 (day first, two-digit year in the 2000s)', () => {
    expect(date("02/05/16")).toMatchObject({ kind: "fix", value: "2016-05-02" });
  });
  test('"21/06/21" becomes 2021-06-21', () => expect(date("21/06/21")).toMatchObject({ kind: "fix", value: "2021-06-21" }));
  test('"14 juillet 2021" becomes 2021-07-14', () => expect(date("14 juillet 2021")).toMatchObject({ kind: "fix", value: "2021-07-14" }));
  test('abbreviated months: "3 févr. 2020" becomes 2020-02-03', () => expect(date("3 févr. 2020")).toMatchObject({ kind: "fix", value: "2020-02-03" }));
  test('"Sept" without accent or dot: "5 sept 2019" becomes 2019-09-05', () => expect(date("5 sept 2019")).toMatchObject({ kind: "fix", value: "2019-09-05" }));
  test("an ISO date is kept", () => expect(date("2016-05-02")).toEqual({ kind: "keep" }));
  test("a two-digit year of 69 or more is in the 1900s (POSIX rule)", () => expect(readDate("01/01/75", "DMY")).toEqual({ kind: "date", iso: "1975-01-01" }));
  test('"31/02/2021" is invalid, flagged, not converted', () => {
    expect(date("31/02/2021")).toMatchObject({ kind: "flag", reason: "invalid", message: "impossibleDate" });
  });
  test('"29/02/2020" is a leap day, "29/02/2021" is not', () => {
    expect(date("29/02/2020")).toMatchObject({ kind: "fix", value: "2020-02-29" });
    expect(date("29/02/2021")).toMatchObject({ kind: "flag", reason: "invalid" });
  });
  test("a Sheets date cell gives its calendar day", () => {
    expect(date({ kind: "date", date: "2021-03-13", time: "00:00:00" })).toMatchObject({ kind: "fix", value: "2021-03-13" });
  });
  test("a date without a year is ambiguous", () => expect(date("13 mars")).toMatchObject({ kind: "flag", reason: "ambiguous" }));
  test("a weekday that does not match the date is ambiguous, with the date as suggestion", () => {
    expect(date("lundi 13 mars 2021")).toMatchObject({ kind: "flag", reason: "ambiguous", suggestion: "2021-03-13" });
  });
  test("in a month-first column, 09/24/2015 becomes 2015-09-24", () => expect(date("09/24/2015", "MDY")).toMatchObject({ kind: "fix", value: "2015-09-24" }));
  test("text that is no date is invalid", () => expect(date("bientôt")).toMatchObject({ kind: "flag", reason: "invalid", message: "notDate" }));
  test("a Table Schema date field reads the same way", () => {
    expect(dateRule("16/01/2021", agenda("date_debut"), context())).toMatchObject({ kind: "fix", value: "2021-01-16" });
  });
});

describe("date order, decided for the whole column", () => {
  test("a first part over 12 proves day first", () => expect(detectDateOrder(["02/05/16", "24/09/2015"])).toBe("DMY"));
  test("a second part over 12 proves month first", () => expect(detectDateOrder(["02/05/2016", "09/24/2015"])).toBe("MDY"));
  test("without proof, day first as in France", () => expect(detectDateOrder(["02/05/16", "03/04/2020"])).toBe("DMY"));
  test("proof both ways: the column is mixed", () => expect(detectDateOrder(["24/09/2015", "09/24/2015"])).toBe("mixed"));
  test("in a mixed column, a numeric date is left as ambiguous, not read cell by cell", () => {
    expect(date("24/09/2015", "mixed")).toMatchObject({ kind: "flag", reason: "ambiguous", message: "mixedDateOrder" });
  });
  test("in a mixed column, a date with a month name is still read", () => {
    expect(date("12 mars 2018", "mixed")).toMatchObject({ kind: "fix", value: "2018-03-12" });
  });
  test("ranges and ISO dates count by their numeric parts only", () => {
    expect(detectDateOrder(["2021-09-18", "07/03/2021 - 07/14/2021"])).toBe("MDY");
  });
});
