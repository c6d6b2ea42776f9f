import { booleanRule, codeRule, emailRule, listRule, phoneRule, urlRule, wktPointRule } from "../../../src/core/rules";
import { agenda, catalogue, rando } from "./fields";

describe("codes", () => {
  test('an INSEE code typed as the number 1004 becomes "01004"', () => {
    expect(codeRule(1004, agenda("commune_code"))).toMatchObject({ kind: "fix", value: "01004", rule: "code" });
  });
  test('the number 63014 becomes the text "63014"', () => expect(codeRule(63014, agenda("commune_code"))).toMatchObject({ kind: "fix", value: "63014" }));
  test('"63014" as text is kept', () => expect(codeRule("63014", agenda("commune_code"))).toEqual({ kind: "keep" }));
  test('a Corsican code "2A004" is kept', () => expect(codeRule("2A004", agenda("commune_code"))).toEqual({ kind: "keep" }));
  test("a SIRET typed as a number becomes text with its 14 digits", () => {
    expect(codeRule(21350238800019, catalogue("COLL_SIRET"))).toMatchObject({ kind: "fix", value: "21350238800019" });
  });
  test("an identifier without a known length gets no zeros", () => expect(codeRule(37, rando("id_local"))).toMatchObject({ kind: "fix", value: "37" }));
});

describe("lists", () => {
  test('"Aubière, Romagnat;Clermont-Ferrand" gets one separator', () => {
    expect(listRule("Aubière, Romagnat;Clermont-Ferrand", rando("communes_nom"))).toMatchObject({ kind: "fix", value: "Aubière, Romagnat, Clermont-Ferrand", rule: "list" });
  });
  test('"63284;63124" becomes "63284, 63124"', () => expect(listRule("63284;63124", rando("communes_code"))).toMatchObject({ kind: "fix", value: "63284, 63124" }));
  test("a list of INSEE codes gets back a lost leading zero", () => expect(listRule("1004,63014", rando("communes_code"))).toMatchObject({ kind: "fix", value: "01004, 63014" }));
  test('"63263,63345" read by a French sheet as 63263.63345 becomes "63263, 63345", for review', () =>
    expect(listRule(63263.63345, rando("communes_code"))).toMatchObject({ kind: "fix", value: "63263, 63345", rule: "list", review: true }));
  test("the second code's trailing zeros lost in the decimal come back: 63263.6334 → 63263, 63340", () =>
    expect(listRule(63263.6334, rando("communes_code"))).toMatchObject({ kind: "fix", value: "63263, 63340" }));
  test("a decimal number in a list of names is only written as text", () => expect(listRule(2.5, rando("communes_nom"))).toMatchObject({ kind: "fix", value: "2.5" }));
  test('catalogue keywords use ";": "scdl, prenoms ;etat-civil" becomes "scdl;prenoms;etat-civil"', () => {
    expect(listRule("scdl, prenoms ;etat-civil", catalogue("MOTS_CLES"))).toMatchObject({ kind: "fix", value: "scdl;prenoms;etat-civil" });
  });
  test("empty items go", () => expect(listRule("Royat,, Orcines;", rando("communes_nom"))).toMatchObject({ kind: "fix", value: "Royat, Orcines" }));
  test("a well-written list is kept", () => expect(listRule("Royat, Orcines, Chamalières", rando("communes_nom"))).toEqual({ kind: "keep" }));
});

describe("urls", () => {
  test('"www.x.fr/a.pdf" becomes "https://www.x.fr/a.pdf"', () => expect(urlRule("www.x.fr/a.pdf")).toMatchObject({ kind: "fix", value: "https://www.x.fr/a.pdf", rule: "url" }));
  test("a host on a French domain gets https:// too", () => expect(urlRule("ceyrat.fr/patrimoine")).toMatchObject({ kind: "fix", value: "https://ceyrat.fr/patrimoine" }));
  test("a file name is not a web address", () => expect(urlRule("3DE-01.pdf")).toMatchObject({ kind: "flag", reason: "invalid" }));
  test("an address with its scheme is kept", () => expect(urlRule("https://www.ceyrat.fr")).toEqual({ kind: "keep" }));
  test("an upper-case scheme is lowered", () => expect(urlRule("HTTPS://www.ceyrat.fr")).toMatchObject({ kind: "fix", value: "https://www.ceyrat.fr" }));
  test("text with spaces is not a web address", () => expect(urlRule("voir le site de la mairie")).toMatchObject({ kind: "flag", reason: "invalid" }));
});

describe("emails", () => {
  test('"Randos.Metropole@X.eu" becomes "randos.metropole@x.eu"', () => expect(emailRule("Randos.Metropole@X.eu")).toMatchObject({ kind: "fix", value: "randos.metropole@x.eu", rule: "email" }));
  test("a mailto: prefix goes", () => expect(emailRule("mailto:mairie@ceyrat.fr")).toMatchObject({ kind: "fix", value: "mairie@ceyrat.fr" }));
  test('a phone number "04 73 61 42 55" in an email column is invalid, said so in French', () => {
    expect(emailRule("04 73 61 42 55")).toMatchObject({ kind: "flag", reason: "invalid", message: "phoneInEmail" });
  });
  test("text without @ is invalid", () => expect(emailRule("la mairie")).toMatchObject({ kind: "flag", reason: "invalid", message: "notEmail" }));
});

describe("booleans", () => {
  const gratuit = agenda("gratuit");
  const pdipr = rando("pdipr_inscription");
  test.each(["oui", "Oui", "X", "vrai", "OUI"])('"%s" becomes true', (v) => expect(booleanRule(v, pdipr)).toMatchObject({ kind: "fix", value: true }));
  test.each(["non", "Non", "faux"])('"%s" becomes false', (v) => expect(booleanRule(v, pdipr)).toMatchObject({ kind: "fix", value: false }));
  test("a Table Schema boolean whose trueValues hold true becomes the JS boolean (it reads true)", () => {
    expect(booleanRule("Oui", gratuit)).toMatchObject({ kind: "fix", value: true });
  });
  test("a Table Schema boolean without true among its values gets its first true value", () => {
    expect(booleanRule("vrai", { ...gratuit, trueValues: ["O"], falseValues: ["N"] })).toMatchObject({ kind: "fix", value: "O" });
  });
  test("a boolean cell is kept", () => expect(booleanRule(true, gratuit)).toEqual({ kind: "keep" }));
  test('"peut-être" is invalid', () => expect(booleanRule("peut-être", gratuit)).toMatchObject({ kind: "flag", reason: "invalid" }));
});

describe("WKT points", () => {
  test('"POINT(2.9388, 45.7644)" becomes "POINT(2.9388 45.7644)"', () => {
    expect(wktPointRule("POINT(2.9388, 45.7644)")).toMatchObject({ kind: "fix", value: "POINT(2.9388 45.7644)", rule: "wkt" });
  });
  test("decimal commas in a point become points", () => expect(wktPointRule("POINT(2,9388 45,7644)")).toMatchObject({ kind: "fix", value: "POINT(2.9388 45.7644)" }));
  test("a well-written point is kept", () => expect(wktPointRule("POINT(3.1102 45.7598)")).toEqual({ kind: "keep" }));
  test("latitude first is left for review with the swapped point", () => {
    expect(wktPointRule("POINT(45.7644 2.9388)")).toMatchObject({ kind: "flag", reason: "review", suggestion: "POINT(2.9388 45.7644)" });
  });
  test("a bare pair of numbers is not WKT", () => expect(wktPointRule("45.76, 2.93")).toMatchObject({ kind: "flag", reason: "invalid" }));
});

describe("phones", () => {
  test('"0473614255" becomes "04 73 61 42 55"', () => expect(phoneRule("0473614255")).toMatchObject({ kind: "fix", value: "04 73 61 42 55" }));
  test("dots become spaces", () => expect(phoneRule("04.73.61.42.55")).toMatchObject({ kind: "fix", value: "04 73 61 42 55" }));
  test("a number cell gets back its leading zero", () => expect(phoneRule(473614255)).toMatchObject({ kind: "fix", value: "04 73 61 42 55" }));
  test("an international number is kept", () => expect(phoneRule("+33 4 73 61 42 55")).toEqual({ kind: "keep" }));
  test("too few digits is invalid", () => expect(phoneRule("04 73 61")).toMatchObject({ kind: "flag", reason: "invalid" }));
});
