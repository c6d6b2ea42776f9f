import { detectSchema } from "../../../src/core/mapping";
import { HEADERS } from "./sampleHeaders";

describe("detectSchema recognises each sample sheet", () => {
  test.each([
    { sample: "3DE", header: HEADERS.troisDe, expected: "randonnee" },
    { sample: "Escapade", header: HEADERS.escapade, expected: "randonnee" },
    { sample: "Ceyrando, despite its 12 extra columns", header: HEADERS.ceyrando, expected: "randonnee" },
    { sample: "the Ceyrat agenda", header: HEADERS.agenda, expected: "evenements" },
    { sample: "the SCDL catalogue example", header: HEADERS.catalogue, expected: "catalogue" },
  ])("$sample → $expected", ({ header, expected }) => {
    const guesses = detectSchema(header());
    expect(guesses[0].schemaId).toBe(expected);
    // Clearly ahead, not a coin toss.
    if (guesses.length > 1) expect(guesses[0].score - guesses[1].score).toBeGreaterThan(0.3);
  });

  test("a guess says how much of the sheet and of the required fields it explains", () => {
    const [best] = detectSchema(HEADERS.troisDe());
    expect(best).toEqual({
      schemaId: "randonnee",
      title: "Itinéraires de randonnée",
      score: expect.any(Number),
      mappedColumns: 15,
      requiredFound: 4,
      requiredTotal: 8,
    });
    expect(best.score).toBeGreaterThan(0.7);
    expect(best.score).toBeLessThan(1);
  });

  test("the catalogue built from the template's own field names scores 1", () => {
    expect(detectSchema(HEADERS.catalogue())[0]).toMatchObject({ score: 1, mappedColumns: 20, requiredFound: 20, requiredTotal: 20 });
  });

  test("guesses are sorted best first", () => {
    const scores = detectSchema(HEADERS.escapade()).map((g) => g.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test("a sheet that looks like no schema gets no guess", () => {
    expect(detectSchema(["Nom", "Prénom", "Classe", "Moyenne"])).toEqual([]);
    expect(detectSchema(["Animateur", "Covoiturage", "Nb participants", "Chaussures"])).toEqual([]);
    expect(detectSchema(["", " "])).toEqual([]);
    expect(detectSchema([])).toEqual([]);
  });
});
