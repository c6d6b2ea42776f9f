import type { Unit } from "../schema/field";
import { normaliseHeader } from "./normalise";

/** Unit words as people write them in headers, normalised. */
const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  km: "km",
  kms: "km",
  kilometre: "km",
  kilometres: "km",
  m: "m",
  metre: "m",
  metres: "m",
  min: "min",
  mn: "min",
  minute: "min",
  minutes: "min",
  h: "h",
  heure: "h",
  heures: "h",
  j: "day",
  jour: "day",
  jours: "day",
};

/** What a unit measures: a header unit is kept only for a field measured the same way. */
const DIMENSION: Readonly<Record<Unit, "length" | "time">> = { m: "length", km: "length", h: "time", min: "time", day: "time" };

export interface HeaderUnit {
  readonly unit: Unit;
  /** The header without its unit (`Longueur (km)` → `longueur`), normalised. */
  readonly rest: string;
}

/**
 * The unit written in a header: in brackets (`Longueur (km)`, `Durée (en heures)`), or a trailing
 * `km`/`min` (`Distance km`, `Km`). A bare trailing `m` or `h` is too ambiguous to count.
 */
export function headerUnit(header: string): HeaderUnit | undefined {
  const bracket = /[([]([^)\]]*)[)\]]/.exec(header);
  if (bracket) {
    const inside = normaliseHeader(bracket[1]).replace(/^en /, "");
    const unit = UNIT_WORDS[inside];
    if (unit) return { unit, rest: normaliseHeader(header.slice(0, bracket.index) + " " + header.slice(bracket.index + bracket[0].length)) };
  }
  const normalised = normaliseHeader(header);
  const trailing = /(?:^| )(?:en )?(km|kms|min|mn)$/.exec(normalised);
  if (trailing) return { unit: UNIT_WORDS[trailing[1]], rest: normalised.slice(0, trailing.index).trim() };
  return undefined;
}

export function sameDimension(a: Unit, b: Unit): boolean {
  return DIMENSION[a] === DIMENSION[b];
}
