/**
 * Is a point in France? The bounding boxes of Validata's `french-gps-coordinates` check
 * (metropolitan France with Corsica, Guadeloupe, Martinique, Guyane, La Réunion, Mayotte): boxes,
 * so a point just across a border passes, as it does there.
 */
import type { Position } from "../geo/wkt";

/** [west, south, east, north] in degrees, WGS84. */
const FRANCE_BOXES: readonly (readonly [number, number, number, number])[] = [
  [-5.141277, 41.333571, 9.560091, 51.088989],
  [-61.809839, 15.832041, -61.001959, 16.514488],
  [-61.229033, 14.388646, -60.809655, 14.878723],
  [-54.60239, 2.111055, -51.619041, 5.748138],
  [55.216526, -21.389631, 55.836654, -20.8718],
  [45.01833, -13.005254, 45.299985, -12.63659],
];

export function inFrance(lon: number, lat: number): boolean {
  for (const [west, south, east, north] of FRANCE_BOXES) {
    // Strictly inside, as shapely's `within` is.
    if (lon > west && lon < east && lat > south && lat < north) return true;
  }
  return false;
}

export type FranceCheck = { readonly where: "france" } | { readonly where: "reversed" } | { readonly where: "outside"; readonly first: Position };

/**
 * Every point in France, or every point in France once swapped (latitude typed first), or not:
 * then the first point outside, for the message.
 */
export function checkInFrance(positions: readonly Position[]): FranceCheck {
  let first: Position | undefined;
  let allReversed = true;
  for (const p of positions) {
    if (inFrance(p[0], p[1])) continue;
    if (first === undefined) first = p;
    if (!inFrance(p[1], p[0])) allReversed = false;
  }
  if (first === undefined) return { where: "france" };
  const reversed = allReversed && positions.every((p) => inFrance(p[1], p[0]));
  return reversed ? { where: "reversed" } : { where: "outside", first };
}
