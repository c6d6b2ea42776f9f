/**
 * Geometry cells: the route's line (WKT or GeoJSON geometry text) and the parking point (WKT).
 * Reading gives the positions, or the problem that says what is wrong; then the positions must
 * lie in France, in longitude-latitude order.
 */
import { parseWkt, type Position, type WktError } from "../geo/wkt";
import { END_OF_TEXT, FIX_TEMPLATE, GEOMETRY_NAMES, WKT_REASONS } from "../messages/validate";
import { cellText, type Cell } from "../table";
import type { Problem } from "./codes";
import { checkInFrance } from "./france";
import { fillTemplate, quote } from "../messages/render";

function wktProblem(note: Problem["note"], params?: Readonly<Record<string, string>>): Problem {
  return { code: "wkt-geometry", note, params };
}

function syntaxProblem(error: WktError): Problem {
  const found = error.found === "" ? END_OF_TEXT : quote(error.found);
  return wktProblem("wkt-syntax", { reason: fillTemplate(WKT_REASONS[error.reason], { found }), at: String(error.at + 1) });
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && value.length <= 4 && value.every((n) => typeof n === "number" && Number.isFinite(n));
}

function isLine(value: unknown): value is Position[] {
  return Array.isArray(value) && value.every(isPosition);
}

interface Parsed {
  readonly type: string;
  readonly positions: readonly Position[];
}

/** `{"type": "LineString", "coordinates": [...]}`: a GeoJSON geometry, not a Feature. */
function parseGeoJson(text: string, expected: string): Parsed | Problem {
  const problem = wktProblem("geometry-json", { expected });
  let json: { type?: unknown; coordinates?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return problem;
  }
  if (typeof json !== "object" || json === null) return problem;
  const { type, coordinates } = json;
  if (type === "Point" && isPosition(coordinates)) return { type, positions: [coordinates] };
  if (type === "LineString" && isLine(coordinates)) return { type, positions: coordinates };
  if (type === "MultiLineString" && Array.isArray(coordinates) && coordinates.every(isLine)) {
    return { type, positions: ([] as Position[]).concat(...(coordinates as Position[][])) };
  }
  return typeof type === "string" && type !== expected ? wktProblem("geometry-type", { expected: GEOMETRY_NAMES[expected] ?? expected, found: quote(type) }) : problem;
}

function parseText(text: string, expected: string): Parsed | Problem {
  if (text.trim().charAt(0) === "{") return parseGeoJson(text, expected);
  const result = parseWkt(text);
  if (!result.ok) return syntaxProblem(result.error);
  const g = result.geometry;
  const positions = g.type === "Point" ? [g.coordinates] : g.type === "LineString" ? g.coordinates : ([] as Position[]).concat(...g.coordinates);
  return { type: g.type, positions };
}

/** The positions of a geometry cell of the expected type (`Point`, `LineString`), or its problem. */
export function readGeometry(value: Cell, expected: string): readonly Position[] | Problem {
  const parsed = parseText(cellText(value), expected);
  if (!("positions" in parsed)) return parsed;
  if (parsed.type !== expected) {
    return wktProblem("geometry-type", { expected: GEOMETRY_NAMES[expected] ?? expected, found: GEOMETRY_NAMES[parsed.type] ?? parsed.type });
  }
  if (expected === "LineString" && parsed.positions.length < 2) return wktProblem("geometry-too-short");
  const bad = parsed.positions.find((p) => Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90);
  if (bad) return wktProblem("geometry-range", { lon: String(bad[0]), lat: String(bad[1]) });
  return parsed.positions;
}

/** French GPS check of a geometry's positions; a swapped point gets its corrected WKT. */
export function franceProblem(positions: readonly Position[], expected: string): Problem | undefined {
  const check = checkInFrance(positions);
  if (check.where === "france") return undefined;
  if (check.where === "outside") {
    return { code: "french-gps-coordinates", note: "gps-outside", params: { lon: String(check.first[0]), lat: String(check.first[1]) } };
  }
  const p = positions[0];
  const swapped = expected === "Point" ? fillTemplate(FIX_TEMPLATE, { fixed: quote(`POINT(${p[1]} ${p[0]})`) }) : "";
  return { code: "reversed-french-gps-coordinates", note: "gps-reversed", params: { swapped } };
}
