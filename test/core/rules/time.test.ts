import { readDateRange, readTimeRange, timeRule } from "../../../src/core/rules";
import { agenda, context } from "./fields";

const heure = agenda("heure_debut");
const time = (value: Parameters<typeof timeRule>[0]) => timeRule(value, heure, context());

describe("times", () => {
  test('"20h30" becomes 20:30:00', () => expect(time("20h30")).toMatchObject({ kind: "fix", value: "20:30:00", rule: "time" }));
  test('"14h" becomes 14:00:00', () => expect(time("14h")).toMatchObject({ kind: "fix", value: "14:00:00" }));
  test('"10:00" becomes 10:00:00', () => expect(time("10:00")).toMatchObject({ kind: "fix", value: "10:00:00" }));
  test('"08h30" becomes 08:30:00', () => expect(time("08h30")).toMatchObject({ kind: "fix", value: "08:30:00" }));
  test('"9h" becomes 09:00:00', () => expect(time("9h")).toMatchObject({ kind: "fix", value: "09:00:00" }));
  test("a Sheets time cell gives its clock time", () => {
    expect(time({ kind: "date", date: "1899-12-30", time: "18:30:00" })).toMatchObject({ kind: "fix", value: "18:30:00" });
  });
  test('"25h" is not a time', () => expect(time("25h")).toMatchObject({ kind: "flag", reason: "invalid" }));
  test("a time already written hh:mm:ss is kept", () => expect(time("18:30:00")).toEqual({ kind: "keep" }));
});

describe("ranges in one cell", () => {
  test('"9h-17h" gives a start and an end', () => expect(readTimeRange("9h-17h")).toEqual({ start: "09:00:00", end: "17:00:00" }));
  test('"de 14h à 18h30" gives a start and an end', () => expect(readTimeRange("de 14h à 18h30")).toEqual({ start: "14:00:00", end: "18:30:00" }));
  test('"03/07/2021 - 04/07/2021" gives two dates', () => {
    expect(readDateRange("03/07/2021 - 04/07/2021", "DMY")).toEqual({ start: "2021-07-03", end: "2021-07-04" });
  });
  test('"du 3 au 4 juillet 2021" gives two dates', () => expect(readDateRange("du 3 au 4 juillet 2021", "DMY")).toEqual({ start: "2021-07-03", end: "2021-07-04" }));
  test("an ISO date is not a range", () => expect(readDateRange("2021-07-03", "DMY")).toBeUndefined());
  test("an end before the start is not a range", () => expect(readDateRange("04/07/2021 - 03/07/2021", "DMY")).toBeUndefined());
});
