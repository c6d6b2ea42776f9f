import { durationRule, readDuration } from "../../../src/core/rules";
import { context, rando } from "./fields";

const duree = rando("duree");
const hours = (value: string | number, overrides = {}) => durationRule(value, duree, context(overrides));

describe("durations", () => {
  test('"3h30" becomes 3.5 hours', () => expect(hours("3h30")).toMatchObject({ kind: "fix", value: 3.5, rule: "duration" }));
  test('"2H30" becomes 2.5 hours', () => expect(hours("2H30")).toMatchObject({ kind: "fix", value: 2.5 }));
  test('"1h 45 min" becomes 1.75 hours', () => expect(hours("1h 45 min")).toMatchObject({ kind: "fix", value: 1.75 }));
  test('"90 min" becomes 1.5 hours', () => expect(hours("90 min")).toMatchObject({ kind: "fix", value: 1.5 }));
  test('"2,5" becomes 2.5 hours', () => expect(hours("2,5")).toMatchObject({ kind: "fix", value: 2.5, rule: "decimal" }));
  test('"4 h" becomes 4 hours', () => expect(hours("4 h")).toMatchObject({ kind: "fix", value: 4 }));
  test('"2H" becomes 2 hours', () => expect(hours("2H")).toMatchObject({ kind: "fix", value: 2 }));
  test('under a header "Temps (min)", 95 becomes 1.5833 hours (4 decimals)', () => {
    expect(hours(95, { headerUnit: "min" })).toMatchObject({ kind: "fix", value: 1.5833 });
  });
  test('under a header "Temps (min)", the text "120" becomes 2 hours', () => {
    expect(hours("120", { headerUnit: "min" })).toMatchObject({ kind: "fix", value: 2 });
  });
  test('"½ journée" is left for review without a number of hours per day', () => {
    expect(hours("½ journée")).toMatchObject({ kind: "flag", reason: "review", message: "durationInDays" });
  });
  test('"1 jour" is left for review without a number of hours per day', () => {
    expect(hours("1 jour")).toMatchObject({ kind: "flag", reason: "review" });
  });
  test('"1 jour" becomes 8 hours with 8 hours a day, marked for review', () => {
    expect(hours("1 jour", { hoursPerDay: 8 })).toMatchObject({ kind: "fix", value: 8, review: true });
  });
  test('"½ journée" becomes 4 hours with 8 hours a day, marked for review', () => {
    expect(hours("½ journée", { hoursPerDay: 8 })).toMatchObject({ kind: "fix", value: 4, review: true });
  });
  test('"demi-journée" and "1/2 journée" read as half a day', () => {
    expect(readDuration("demi-journée")).toMatchObject({ amount: 0.5, unit: "day" });
    expect(readDuration("1/2 journée")).toMatchObject({ amount: 0.5, unit: "day" });
  });
  test('a time cell 03:30 (Sheets reads "3:30" as a time) becomes 3.5 hours', () => {
    expect(durationRule({ kind: "date", date: "1899-12-30", time: "03:30:00" }, duree, context())).toMatchObject({ kind: "fix", value: 3.5 });
  });
  test('"3h75" is not a duration', () => expect(hours("3h75")).toMatchObject({ kind: "flag", reason: "invalid" }));
  test("a duration already in hours is kept", () => expect(hours(3.5)).toEqual({ kind: "keep" }));
});
