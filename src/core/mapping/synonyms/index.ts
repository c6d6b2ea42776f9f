import type { Schema, SchemaId } from "../../schema/field";
import { CATALOGUE_SYNONYMS } from "./catalogue";
import { EVENEMENTS_SYNONYMS } from "./evenements";
import { RANDONNEE_SYNONYMS } from "./randonnee";
import type { Synonyms } from "./types";

export type { Synonyms } from "./types";

export const SYNONYMS: Readonly<Record<SchemaId, Synonyms>> = {
  randonnee: RANDONNEE_SYNONYMS,
  evenements: EVENEMENTS_SYNONYMS,
  catalogue: CATALOGUE_SYNONYMS,
};

/**
 * The synonyms of a schema. A schema given by path (another version of a bundled one) borrows the
 * table whose field names it shares most; only its own fields are ever matched.
 */
export function synonymsFor(schema: Schema): Synonyms {
  const own = (SYNONYMS as Readonly<Record<string, Synonyms>>)[schema.id];
  if (own) return own;
  const names = new Set(schema.fields.map((f) => f.name));
  let best: Synonyms = {};
  let bestShared = 0;
  for (const table of Object.keys(SYNONYMS).map((id) => SYNONYMS[id as SchemaId])) {
    const shared = Object.keys(table).filter((n) => names.has(n)).length;
    if (shared > bestShared) {
      best = table;
      bestShared = shared;
    }
  }
  return best;
}
