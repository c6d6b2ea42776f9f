import { decodeBytes } from "../../src/cli/decode";
import { sampleBytes } from "../core/csv/samples";

describe("decoding the sample files", () => {
  test("3DE and Escapade: UTF-8 without a mark", () => {
    for (const file of ["randonnees-3de.csv", "randonnees-escapade.csv"]) {
      const d = decodeBytes(sampleBytes(file));
      expect({ encoding: d.encoding, bom: d.bom }).toEqual({ encoding: "utf-8", bom: false });
    }
    expect(decodeBytes(sampleBytes("randonnees-3de.csv")).text.slice(0, 22)).toBe("N°;Nom de la randonnée");
  });

  test("the Ceyrat agenda: UTF-8 with a byte-order mark, removed from the text", () => {
    const d = decodeBytes(sampleBytes("agenda-ceyrat-2021.csv"));
    expect({ encoding: d.encoding, bom: d.bom }).toEqual({ encoding: "utf-8", bom: true });
    expect(d.text.startsWith("Date,Heure,Événement")).toBe(true);
  });

  test("Ceyrando: Windows-1252, its accents read right", () => {
    const d = decodeBytes(sampleBytes("randonnees-ceyrando.csv"));
    expect(d.encoding).toBe("windows-1252");
    expect(d.text.startsWith("Code,Titre,Départ,Km,Durée,Dénivelé,Difficulté")).toBe(true);
    expect(d.text).toContain("Bâtons,Chien accepté");
  });
});

describe("decoding other bytes", () => {
  test("Windows-1252 only characters: the euro sign and the curly apostrophe", () => {
    const bytes = Uint8Array.from([0x38, 0x20, 0x80, 0x3b, 0x92, 0x3b, 0xe9]);
    expect(decodeBytes(bytes)).toEqual({ text: "8 €;’;é", encoding: "windows-1252", bom: false });
  });

  test("Excel's Unicode text: UTF-16 little-endian with its mark", () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x4e, 0x00, 0x6f, 0x00, 0x6d, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeBytes(bytes)).toEqual({ text: "Nom\té", encoding: "utf-16le", bom: true });
  });

  test("every byte 0x80–0x9F reads as Windows-1252 says (Python's cp1252 table)", () => {
    const bytes = Uint8Array.from([0x80, 0x82, 0x85, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c, 0x9f]);
    expect(decodeBytes(bytes).text).toBe("€‚…Œ‘’“”–—œŸ");
  });

  test("a UTF-8 mark is not taken for text", () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf])).text).toBe("");
  });
});
