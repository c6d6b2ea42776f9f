import { trimText } from "../../../src/core/rules";

describe("trim", () => {
  test('"  Montée historique " loses its outer spaces', () => {
    expect(trimText("  Montée historique ", false)).toBe("Montée historique");
  });
  test("no-break and narrow no-break spaces at the ends go", () => {
    expect(trimText("\u00a0Orcines\u202f", false)).toBe("Orcines");
  });
  test("a no-break space inside the text stays (French typography)", () => {
    expect(trimText("Tarif\u00a0: 8\u00a0€", false)).toBe("Tarif\u00a0: 8\u00a0€");
  });
  test("zero-width spaces and byte-order marks go everywhere", () => {
    expect(trimText("\ufeffPuy\u200b de Dôme\u2060", false)).toBe("Puy de Dôme");
  });
  test("doubled inner spaces become one", () => {
    expect(trimText("Le  puy   de Dôme", false)).toBe("Le puy de Dôme");
  });
  test("line ends in a one-line field become spaces", () => {
    expect(trimText("Le puy\r\nde Dôme\n", false)).toBe("Le puy de Dôme");
  });
  test("line ends in a multi-line text stay, without the spaces around them", () => {
    expect(trimText("Prendre à gauche.  \r\n  Puis à droite.", true)).toBe("Prendre à gauche.\nPuis à droite.");
  });
  test("the zero-width joiner of an emoji stays", () => {
    expect(trimText("Famille 👨‍👩‍👧", false)).toBe("Famille 👨‍👩‍👧");
  });
  test("trimming twice changes nothing more", () => {
    const once = trimText(" \u00a0 a \u202f\u00a0 b \n c ", false);
    expect(trimText(once, false)).toBe(once);
  });
});
