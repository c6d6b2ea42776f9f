import { mapHeaders, tableInSchemaOrder } from "../../../src/core/mapping";
import { loadSchema } from "../../../src/core/schema";
import type { Table } from "../../../src/core/table";

const randonnee = loadSchema("randonnee");

describe("tableInSchemaOrder", () => {
  const table: Table = {
    header: ["Animateur", "Km", "Code", "Titre", "Remarques"],
    rows: [
      ["M. Dupuis", 7000, "CEY-01", "Le Tour du Puy de Montrognon", ""],
      ["Mme Martin", 9500, "CEY-02"],
      ["M. Petit", 8400, "CEY-05", "Le tour du puy de Charade", "", "cellule en trop"],
    ],
  };
  const result = tableInSchemaOrder(table, mapHeaders(table.header, randonnee), randonnee);

  test("schema columns first, renamed, in schema order; the others after, under their own header", () => {
    expect(result.header).toEqual(["id_local", "nom_itineraire", "longueur", "Animateur", "Remarques"]);
    expect(result.rows[0]).toEqual(["CEY-01", "Le Tour du Puy de Montrognon", 7000, "M. Dupuis", ""]);
  });

  test("a short row gets empty cells where its columns moved", () => {
    expect(result.rows[1]).toEqual(["CEY-02", "", 9500, "Mme Martin", ""]);
  });

  test("cells beyond the header are kept at the end of their row", () => {
    expect(result.rows[2]).toEqual(["CEY-05", "Le tour du puy de Charade", 8400, "M. Petit", "", "cellule en trop"]);
  });
});
