import { detectDelimiter, parseCsv } from "../../../src/core/csv";
import type { CsvReadResult } from "../../../src/core/csv";
import { sampleText } from "./samples";

function readOk(text: string): CsvReadResult {
  const result = parseCsv(text);
  expect(result.problems).toEqual([]);
  return result;
}

describe("the sample sheets", () => {
  test("3DE: `;` separated, LF, a quoted cell holding a `;`, the blank row kept", () => {
    const { table, delimiter, lineEnding, bom } = readOk(sampleText("randonnees-3de.csv"));
    expect({ delimiter, lineEnding, bom }).toEqual({ delimiter: ";", lineEnding: "\n", bom: false });
    expect(table.header).toHaveLength(15);
    expect(table.header[0]).toBe("N°");
    expect(table.rows).toHaveLength(8);
    expect(table.rows[5]).toEqual(Array(15).fill(""));
    expect(table.rows[6][11]).toBe("Bords de l'Artière; jardins familiaux.");
    // The thousands separators are kept for the cleaning rules to see.
    expect(table.rows[0][8]).toBe("1\u00a0465 m");
    expect(table.rows[7][8]).toBe("1\u202f012 m");
    expect(table.rows[0][1]).toBe("LE PUY DE DÔME PAR LE CHEMIN DES MULETIERS ");
    expect(table.rows[0][11]).toBe("  Montée historique vers le sommet du puy de Dôme.");
  });

  test("Escapade: `,` separated, decimal commas and lists inside quotes stay one cell", () => {
    const { table, delimiter } = readOk(sampleText("randonnees-escapade.csv"));
    expect(delimiter).toBe(",");
    expect(table.header).toHaveLength(15);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0].slice(5, 6)).toEqual(["18,6"]);
    expect(table.rows[0][11]).toBe("Aubière, Romagnat, Clermont-Ferrand");
    expect(table.rows[1][13]).toBe("POINT(2.9388, 45.7644)");
    expect(table.rows[2][11]).toBe("Pont-du-Château; Cournon-d'Auvergne");
    expect(table.rows.every((r) => r.length === 15)).toBe(true);
  });

  test("Ceyrando: CRLF line ends, 21 columns, a quoted description with a comma", () => {
    const { table, delimiter, lineEnding } = readOk(sampleText("randonnees-ceyrando.csv"));
    expect({ delimiter, lineEnding }).toEqual({ delimiter: ",", lineEnding: "\r\n" });
    expect(table.header).toHaveLength(21);
    expect(table.header[20]).toBe("Descriptif");
    expect(table.rows).toHaveLength(6);
    expect(table.rows[1][20]).toBe("Par les bois de Boisséjour, retour par le vallon.");
    expect(table.rows.every((r) => r.length === 21 && !String(r[20]).includes("\r"))).toBe(true);
  });

  test("Ceyrat agenda: a quoted list of themes is one cell; the first header has no mark", () => {
    const { table, delimiter } = readOk(sampleText("agenda-ceyrat-2021.csv"));
    expect(delimiter).toBe(",");
    expect(table.header[0]).toBe("Date");
    expect(table.rows[1][4]).toBe("Environnement, Jardin");
    expect(table.rows[3][0]).toBe("03/07/2021 - 04/07/2021");
  });

  test("a byte-order mark left in the text is removed and reported", () => {
    const result = readOk("\uFEFFDate,Heure\n16/01/2021,20h30\n");
    expect(result.bom).toBe(true);
    expect(result.table.header).toEqual(["Date", "Heure"]);
  });
});

describe("delimiter detection", () => {
  test.each([
    { what: "commas", text: "Nom,Distance\nPuy,\"8,4\"\n", expected: "," },
    { what: "semicolons, with decimal commas in the data", text: "Nom;Distance\nPuy;8,4;\n", expected: ";" },
    { what: "tabs (a copy from a spreadsheet)", text: "Nom\tDistance, km\nPuy\t8,4\n", expected: "\t" },
    { what: "a `;` inside a quoted header does not count", text: "\"Nom; prénom\",Âge\nA,1\n", expected: "," },
  ])("$what", ({ text, expected }) => {
    expect(detectDelimiter(text)).toBe(expected);
    expect(parseCsv(text).delimiter).toBe(expected);
  });

  test("a delimiter given explicitly is used as is, even for one column", () => {
    const result = parseCsv("Nom\nPuy de Dôme\n", ",");
    expect(result.problems).toEqual([]);
    expect(result.table).toEqual({ header: ["Nom"], rows: [["Puy de Dôme"]] });
  });
});

describe("records", () => {
  test("quoted cells keep delimiters, doubled quotes and line breaks", () => {
    const { table } = readOk('id;texte\n1;"Dit ""le puy""; 2 km\nà pied"\n2;fin\n');
    expect(table.rows).toEqual([["1", 'Dit "le puy"; 2 km\nà pied'], ["2", "fin"]]);
  });

  test("ragged and blank rows are kept as they are, for the validator", () => {
    const { table } = readOk("a,b\n1,2,3\n4\n\n5,6\n");
    expect(table.rows).toEqual([["1", "2", "3"], ["4"], [""], ["5", "6"]]);
  });

  test("a last line without a line break, and an empty last cell", () => {
    expect(readOk("a,b\n1,").table.rows).toEqual([["1", ""]]);
    expect(readOk("a,b\n1,2").table.rows).toEqual([["1", "2"]]);
  });

  test("old Mac line ends (CR alone)", () => {
    const result = readOk("a;b\r1;2\r");
    expect(result.lineEnding).toBe("\r");
    expect(result.table.rows).toEqual([["1", "2"]]);
  });

  test("a quote inside an unquoted cell is text", () => {
    expect(readOk('Nom,Taille\nÉcran 24",ok\n').table.rows).toEqual([['Écran 24"', "ok"]]);
  });
});

describe("files that cannot be read as a table", () => {
  test.each([
    { what: "an empty file", text: "", code: "empty-file" },
    { what: "blank lines only", text: "\r\n  \r\n", code: "empty-file" },
    { what: "a byte-order mark alone", text: "\uFEFF", code: "empty-file" },
    { what: "binary content", text: "PK\u0003\u0004\u0000\u0000xl/workbook.xml", code: "binary" },
    { what: "a GPX track", text: sampleText("gpx/3DE-01.gpx"), code: "no-delimiter" },
  ])("$what: $code", ({ text, code }) => {
    const result = parseCsv(text);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([[code, "error"]]);
    expect(result.problems[0].message).toMatch(/^[A-ZÀ-Ý]/);
    expect(result.table).toEqual({ header: [], rows: [] });
  });

  test("two columns with the same header: an error naming both columns", () => {
    const result = parseCsv("Nom;Distance;Nom \nPuy;8;Dôme\n");
    expect(result.problems).toEqual([
      {
        code: "duplicate-header",
        severity: "error",
        row: 1,
        column: 3,
        message: "L'en-tête « Nom » de la colonne C est déjà celui de la colonne A : chaque colonne doit avoir un nom différent.",
      },
    ]);
    // The table is still returned, for a caller that wants to show it.
    expect(result.table.header).toEqual(["Nom", "Distance", "Nom "]);
  });

  test("empty headers (trailing `;;` of an Excel export) are warnings, not duplicates", () => {
    const result = parseCsv("Nom;Distance;;\nPuy;8;;\n");
    expect(result.problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ["empty-header", "warning", 3],
      ["empty-header", "warning", 4],
    ]);
    expect(result.problems[0].message).toBe("La colonne C n'a pas de nom dans la ligne d'en-tête.");
  });

  test("a quote never closed is an error at the row where it opens", () => {
    const result = parseCsv('Nom,Description\nPuy,"Montée\nDôme,vue\n');
    expect(result.problems).toEqual([expect.objectContaining({ code: "unclosed-quote", severity: "error", row: 2 })]);
  });

  test("text after a closing quote is kept and reported as a warning", () => {
    const result = parseCsv('Nom,Distance\n"Puy" de Dôme,8\n');
    expect(result.table.rows).toEqual([["Puy de Dôme", "8"]]);
    expect(result.problems).toEqual([expect.objectContaining({ code: "invalid-quote", severity: "warning", row: 2, column: 1 })]);
    expect(result.problems[0].message).toContain("Ligne 2, colonne A");
  });
});
