import { loadSchema, SCHEMA_IDS } from "../schema/registry";
import { mapHeaders } from "./map";
import type { SchemaGuess } from "./types";

/**
 * Weights of the score: the share of the sheet's columns the schema explains (each counted at
 * its confidence), and the share of the schema's required fields the sheet provides. Coverage
 * weighs more because working sheets often lack required fields that cleaning will add.
 */
const COVERAGE_WEIGHT = 0.6;
const REQUIRED_WEIGHT = 0.4;
/** A schema explaining less than this of a header row is not proposed. */
const MIN_SCORE = 0.3;

/** The bundled schemas a header row looks like, best first; empty when none does. */
export function detectSchema(header: readonly string[]): SchemaGuess[] {
  const named = header.filter((h) => h.trim() !== "").length;
  if (named === 0) return [];
  const guesses = SCHEMA_IDS.map((id): SchemaGuess => {
    const schema = loadSchema(id);
    const result = mapHeaders(header, schema);
    const mapped = result.columns.filter((c) => c.field !== null);
    const confidence = mapped.reduce((sum, c) => sum + c.confidence, 0);
    const requiredTotal = schema.fields.filter((f) => f.required).length;
    const requiredFound = requiredTotal - result.missingRequired.length;
    const score = COVERAGE_WEIGHT * (confidence / named) + REQUIRED_WEIGHT * (requiredFound / requiredTotal);
    return {
      schemaId: id,
      title: schema.title,
      score: Math.round(score * 100) / 100,
      mappedColumns: mapped.length,
      requiredFound,
      requiredTotal,
    };
  });
  return guesses.filter((g) => g.score >= MIN_SCORE).sort((a, b) => b.score - a.score);
}
