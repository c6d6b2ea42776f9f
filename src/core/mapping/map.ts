import { type Field, type Schema, type Unit, fieldByName } from "../schema/field";
import { MAPPING_MESSAGES } from "../messages/mapping";
import { UNIT_NAMES } from "../messages/units";
import { detectField } from "./match";
import type { ColumnMatch, ExplicitMapping, MappingProblem, MappingResult } from "./types";
import { headerUnit, sameDimension } from "./unit";

interface Claim {
  readonly match: ColumnMatch;
  readonly explicit: boolean;
}

/** The header unit, when it can express the field (`Longueur (km)` for metres); else why not. */
function unitFor(header: string, index: number, field: Field, found: Unit | undefined, problems: MappingProblem[]): Unit | undefined {
  if (!found || !field.unit) return undefined;
  if (sameDimension(found, field.unit)) return found;
  problems.push({
    code: "unit-mismatch",
    index,
    header,
    field: field.name,
    message: MAPPING_MESSAGES.unitMismatch(header, field.name, found, UNIT_NAMES[field.unit]),
  });
  return undefined;
}

function claimColumn(header: string, index: number, schema: Schema, explicit: ExplicitMapping, problems: MappingProblem[]): Claim {
  const unmapped = (confidence: number, isExplicit: boolean): Claim => ({ match: { index, header, field: null, confidence }, explicit: isExplicit });
  const key = header.trim();
  if (Object.prototype.hasOwnProperty.call(explicit, key)) {
    const name = explicit[key];
    if (name === null) return unmapped(1, true);
    const field = fieldByName(schema, name);
    if (field) {
      const unit = unitFor(header, index, field, headerUnit(header)?.unit, problems);
      return { match: { index, header, field: field.name, confidence: 1, ...(unit ? { unit } : {}) }, explicit: true };
    }
    // A stale correction (the schema changed, a typo in a mapping file): detect as if it were absent.
    problems.push({ code: "unknown-field", index, header, field: name, message: MAPPING_MESSAGES.unknownField(header, name, schema.title) });
  }
  const detected = detectField(header, schema);
  if (!detected) return unmapped(0, false);
  const unit = unitFor(header, index, detected.field, detected.unit, problems);
  return { match: { index, header, field: detected.field.name, confidence: detected.confidence, ...(unit ? { unit } : {}) }, explicit: false };
}

/** Explicit first, then the surest, then the leftmost column. */
function better(a: Claim, b: Claim): boolean {
  if (a.explicit !== b.explicit) return a.explicit;
  if (a.match.confidence !== b.match.confidence) return a.match.confidence > b.match.confidence;
  return a.match.index < b.match.index;
}

/**
 * Which schema field each column holds. A field claimed by several columns goes to the best
 * claim; the others are left out and reported, never moved to a second-best guess.
 */
export function mapHeaders(header: readonly string[], schema: Schema, explicit: ExplicitMapping = {}): MappingResult {
  const problems: MappingProblem[] = [];
  const claims = header.map((h, i) => claimColumn(h, i, schema, explicit, problems));
  const winners = new Map<string, Claim>();
  for (const claim of claims) {
    const field = claim.match.field;
    if (field === null) continue;
    const current = winners.get(field);
    if (!current || better(claim, current)) winners.set(field, claim);
  }
  const columns = claims.map(({ match }): ColumnMatch => {
    const winner = match.field === null ? undefined : winners.get(match.field);
    if (!winner || winner.match === match) return match;
    problems.push({
      code: "duplicate-field",
      index: match.index,
      header: match.header,
      field: match.field as string,
      message: MAPPING_MESSAGES.duplicateField(match.header, match.field as string, winner.match.header),
    });
    return { index: match.index, header: match.header, field: null, confidence: 0 };
  });
  problems.sort((a, b) => a.index - b.index);
  return {
    schemaId: schema.id,
    columns,
    problems,
    unmapped: columns.filter((c) => c.field === null),
    missingRequired: schema.fields.filter((f) => f.required && !winners.has(f.name)).map((f) => f.name),
  };
}
