import { caseRule, enumRule, isAllCapitals } from "../../../src/core/rules";
import { agenda, catalogue, rando } from "./fields";

describe("case: names", () => {
  const nom = rando("nom_itineraire");
  test('"plateau de gergovie" becomes "Plateau de gergovie"', () => {
    expect(caseRule("plateau de gergovie", nom)).toMatchObject({ kind: "fix", value: "Plateau de gergovie", rule: "case" });
  });
  test("proper nouns are never lowered", () => {
    expect(caseRule("Le puy de Montrognon", nom)).toEqual({ kind: "keep" });
  });
  test("a name in capitals is reported for review, not rewritten", () => {
    expect(caseRule("LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS", nom)).toMatchObject({ kind: "flag", reason: "review", rule: "case" });
  });
  test("a name starting with a digit is kept", () => {
    expect(caseRule("3 puys en boucle", nom)).toEqual({ kind: "keep" });
  });
  test("acronyms in a text field are not shouting", () => {
    expect(isAllCapitals("GR, GRP, PNC")).toBe(false);
    expect(caseRule("GR, GRP, PNC", rando("balisage"))).toEqual({ kind: "keep" });
  });
  test("a description in capitals is reported too", () => {
    expect(caseRule("SENTIER TRÈS ENSOLEILLÉ", rando("presentation"))).toMatchObject({ kind: "flag", reason: "review" });
  });
  test("a text field does not get a capital added", () => {
    expect(caseRule("voir le panneau", rando("presentation"))).toEqual({ kind: "keep" });
  });
});

describe("case: enumerated values", () => {
  const pratique = rando("pratique");
  test('"Pédestre" becomes "pédestre"', () => {
    expect(enumRule("Pédestre", pratique)).toMatchObject({ kind: "fix", value: "pédestre" });
  });
  test('"PEDESTRE" without its accent becomes "pédestre"', () => {
    expect(enumRule("PEDESTRE", pratique)).toMatchObject({ kind: "fix", value: "pédestre" });
  });
  test('"vtt" becomes "VTT"', () => {
    expect(enumRule("vtt", pratique)).toMatchObject({ kind: "fix", value: "VTT" });
  });
  test('"Aller-Retour" becomes "aller-retour"', () => {
    expect(enumRule("Aller-Retour", rando("type_itineraire"))).toMatchObject({ kind: "fix", value: "aller-retour" });
  });
  test('"FÊTE OU FESTIVAL" becomes "Fête ou festival"', () => {
    expect(enumRule("FÊTE OU FESTIVAL", agenda("type_evenement"))).toMatchObject({ kind: "fix", value: "Fête ou festival" });
  });
  test('"RANDONNÉE PÉDESTRE" is left for review with "pédestre" as suggestion', () => {
    expect(enumRule("RANDONNÉE PÉDESTRE", pratique)).toMatchObject({ kind: "flag", reason: "review", suggestion: "pédestre" });
  });
  test("a value far from every allowed one is invalid and the message lists them", () => {
    const outcome = enumRule("trottinette", pratique);
    expect(outcome).toMatchObject({ kind: "flag", reason: "invalid" });
    expect(outcome.kind === "flag" && String(outcome.params?.allowed)).toContain("pédestre, trail, VTT");
  });
  test("a value already spelt as the schema's is kept", () => {
    expect(enumRule("Licence Ouverte-LO", catalogue("LICENCE"))).toEqual({ kind: "keep" });
  });
});
