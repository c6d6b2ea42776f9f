import { parseWkt } from "../../../src/core/geo/wkt";

describe("parseWkt", () => {
  test("a parking point as the schema shows it", () => {
    expect(parseWkt("POINT(3.938733 44.288964)")).toEqual({ ok: true, geometry: { type: "Point", coordinates: [3.938733, 44.288964] } });
  });

  test("keywords in any case, spaces around parentheses, signs and exponents", () => {
    expect(parseWkt("  point ( -1.5e0   +45.7 ) ")).toEqual({ ok: true, geometry: { type: "Point", coordinates: [-1.5, 45.7] } });
  });

  test("a comma between longitude and latitude is refused where it stands", () => {
    expect(parseWkt("POINT(2.9388, 45.7644)")).toEqual({ ok: false, error: { reason: "bad-position", at: 12, found: "," } });
  });

  test("a route as a LINESTRING, with or without elevation", () => {
    expect(parseWkt("LINESTRING(3.1 45.7, 3.2 45.8)")).toEqual({
      ok: true,
      geometry: { type: "LineString", coordinates: [[3.1, 45.7], [3.2, 45.8]] },
    });
    expect(parseWkt("LINESTRING Z (3.1 45.7 500, 3.2 45.8 512)")).toEqual({
      ok: true,
      geometry: { type: "LineString", coordinates: [[3.1, 45.7, 500], [3.2, 45.8, 512]] },
    });
  });

  test("a MULTILINESTRING keeps its parts", () => {
    const result = parseWkt("MULTILINESTRING((3 45, 3.1 45.1), (3.2 45.2, 3.3 45.3))");
    expect(result).toEqual({
      ok: true,
      geometry: { type: "MultiLineString", coordinates: [[[3, 45], [3.1, 45.1]], [[3.2, 45.2], [3.3, 45.3]]] },
    });
  });

  test("positions of different sizes are refused", () => {
    expect(parseWkt("LINESTRING(3 45, 3.1 45.1 500)")).toEqual({ ok: false, error: { reason: "mixed-dimensions", at: 17, found: "3" } });
    expect(parseWkt("POINT Z (3 45)")).toMatchObject({ ok: false, error: { reason: "mixed-dimensions" } });
  });

  test.each([
    ["", "empty", 0, ""],
    ["   ", "empty", 3, ""],
    ["POINT EMPTY", "empty", 6, "E"],
    ["POLYGON((0 0, 1 0, 1 1, 0 0))", "unknown-type", 0, "POLYGON"],
    ["45.7, 3.1", "unknown-type", 0, "4"],
    ["POINT 3.1 45.7", "missing-paren", 6, "3"],
    ["POINT(3.1 45.7", "unexpected", 14, ""],
    ["POINT(3.1 45.7) x", "trailing", 16, "x"],
    ["LINESTRING(3.1 45.7; 3.2 45.8)", "unexpected", 19, ";"],
    ["POINT(3.1)", "bad-position", 9, ")"],
    ["POINT(1 2 3 4 5)", "bad-position", 15, ")"],
    ["POINT()", "bad-position", 6, ")"],
  ])("%j is refused: %s at %d", (text, reason, at, found) => {
    expect(parseWkt(text)).toEqual({ ok: false, error: { reason, at, found } });
  });
});
