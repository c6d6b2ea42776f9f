import fc from "fast-check";
import { parseCsv, plainNumber, writeCsv } from "../../../src/core/csv";
import type { Table } from "../../../src/core/table";
import { sampleText } from "./samples";

describe("writing cells", () => {
  test("numbers with a point, no thousands separator, no exponent", () => {
    const csv = writeCsv({ header: ["longueur", "duree", "altitude_max", "tiny", "huge", "neg"], rows: [[8400, 1.5833, 1465, 1e-7, 1e21, -0]] });
    expect(csv).toBe("longueur,duree,altitude_max,tiny,huge,neg\r\n8400,1.5833,1465,0.0000001,1000000000000000000000,0\r\n");
  });

  test("booleans as true/false", () => {
    expect(writeCsv({ header: ["gratuit", "accessibilite_pmr"], rows: [[true, false]] })).toBe("gratuit,accessibilite_pmr\r\ntrue,false\r\n");
  });

  test("sheet dates: a day, a time of day, a date and time", () => {
    const csv = writeCsv({
      header: ["date_debut", "heure_debut", "date_maj"],
      rows: [
        [
          { kind: "date", date: "2021-03-13", time: "00:00:00" },
          { kind: "date", date: "1899-12-30", time: "20:30:00" },
          { kind: "date", date: "2021-10-04", time: "09:15:00" },
        ],
      ],
    });
    expect(csv).toBe("date_debut,heure_debut,date_maj\r\n2021-03-13,20:30:00,2021-10-04T09:15:00\r\n");
  });

  test("quotes only what needs it: delimiters, quotes, line breaks", () => {
    const csv = writeCsv({
      header: ["nom_itineraire", "communes_nom", "presentation_courte", "parking_geometrie"],
      rows: [["Le puy de Montrognon", "Aubière, Romagnat", 'Bords de l\'Artière; "jardins"\nfamiliaux', "POINT(3.1102 45.7598)"]],
    });
    expect(csv).toBe(
      'nom_itineraire,communes_nom,presentation_courte,parking_geometrie\r\nLe puy de Montrognon,"Aubière, Romagnat","Bords de l\'Artière; ""jardins""\nfamiliaux",POINT(3.1102 45.7598)\r\n',
    );
  });

  test("ragged rows are written as they are", () => {
    expect(writeCsv({ header: ["a", "b"], rows: [["1"], ["1", "2", "3"]] })).toBe("a,b\r\n1\r\n1,2,3\r\n");
  });
});

describe("plainNumber", () => {
  test("reads back as the same number, in plain decimal notation", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe("write then read", () => {
  // Characters that stress quoting and detection: every delimiter, quotes, every line break.
  const text = fc.string({ unit: fc.constantFrom("a", "é", " ", "\u00a0", ",", ";", "\t", '"', "\r", "\n", "\r\n", "1"), maxLength: 8 });

  test("any table of text comes back unchanged, with its delimiter detected", () => {
    const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.record({
        header: fc.array(text, { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(table, (t: Table) => {
        const read = parseCsv(writeCsv(t));
        expect(read.delimiter).toBe(",");
        expect(read.problems.filter((p) => p.severity === "error" && p.code !== "duplicate-header")).toEqual([]);
        expect(read.table).toEqual(t);
      }),
      { numRuns: 500 },
    );
  });

  test("each sample sheet survives a write and a read", () => {
    for (const file of ["randonnees-3de.csv", "randonnees-escapade.csv", "randonnees-ceyrando.csv", "agenda-ceyrat-2021.csv"]) {
      const first = parseCsv(sampleText(file)).table;
      expect(parseCsv(writeCsv(first)).table).toEqual(first);
    }
  });
});
