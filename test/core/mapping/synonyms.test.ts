import { SYNONYMS } from "../../../src/core/mapping/synonyms";
import { normaliseHeader } from "../../../src/core/mapping/normalise";
import { loadSchema, SCHEMA_IDS } from "../../../src/core/schema";

describe("synonym tables", () => {
  test.each(SCHEMA_IDS.map((id) => ({ id })))("$id: every synonym names a field of the schema", ({ id }) => {
    const names = loadSchema(id).fields.map((f) => f.name);
    expect(Object.keys(SYNONYMS[id]).filter((n) => !names.includes(n))).toEqual([]);
  });

  test.each(SCHEMA_IDS.map((id) => ({ id })))("$id: no header leads to two fields", ({ id }) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [field, words] of Object.entries(SYNONYMS[id])) {
      for (const w of words) {
        const key = normaliseHeader(w);
        const other = owner.get(key);
        if (other !== undefined && other !== field) clashes.push(`${w}: ${other} / ${field}`);
        owner.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("header normalisation", () => {
  test.each([
    { typed: "Dénivelé +", normalised: "denivele plus" },
    { typed: "D- (m)", normalised: "d moins m" },
    { typed: "Pique-nique", normalised: "pique nique" },
    { typed: "Alt. maxi", normalised: "alt maxi" },
    { typed: "ÉVÉNEMENT", normalised: "evenement" },
    { typed: "N°", normalised: "n" },
    { typed: "id_local", normalised: "id local" },
  ])("$typed reads as $normalised", ({ typed, normalised }) => {
    expect(normaliseHeader(typed)).toBe(normalised);
  });
});
