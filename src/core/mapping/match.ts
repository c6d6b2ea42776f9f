import type { Field, Schema, Unit } from "../schema/field";
import { headerTokens, normaliseHeader } from "./normalise";
import { synonymsFor } from "./synonyms";
import { headerUnit } from "./unit";

/** Confidence of each way a header can name a field. */
const CONFIDENCE = {
  fieldName: 1,
  title: 0.95,
  synonym: 0.9,
  /** Partial matches score at most this, scaled by how many words they share. */
  partial: 0.7,
  /** Below this a column is left out of the schema rather than guessed. */
  threshold: 0.5,
} as const;

export interface Detected {
  readonly field: Field;
  readonly confidence: number;
  /** Unit written in the header, whatever the field: the caller checks it fits. */
  readonly unit?: Unit;
}

interface Name {
  readonly field: Field;
  readonly confidence: number;
}

interface HeaderIndex {
  /** Normalised name → the field it names, at its best confidence. */
  readonly exact: ReadonlyMap<string, Name>;
  readonly words: readonly { readonly field: Field; readonly tokens: readonly string[] }[];
}

// Built once per schema object: detectSchema maps every header row against each bundled schema.
const indexes = new WeakMap<Schema, HeaderIndex>();

function indexOf(schema: Schema): HeaderIndex {
  const cached = indexes.get(schema);
  if (cached) return cached;
  const synonyms = synonymsFor(schema);
  const exact = new Map<string, Name>();
  const words: { field: Field; tokens: string[] }[] = [];
  const add = (field: Field, text: string, confidence: number) => {
    const key = normaliseHeader(text);
    if (key === "") return;
    const known = exact.get(key);
    if (!known || known.confidence < confidence) exact.set(key, { field, confidence });
    words.push({ field, tokens: headerTokens(key) });
  };
  for (const field of schema.fields) {
    add(field, field.name, CONFIDENCE.fieldName);
    add(field, field.title, CONFIDENCE.title);
    for (const s of synonyms[field.name] ?? []) add(field, s, CONFIDENCE.synonym);
  }
  const index = { exact, words };
  indexes.set(schema, index);
  return index;
}

/** Dice coefficient of two word lists: 1 when they hold the same words. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((w) => b.indexOf(w) >= 0).length;
  return (2 * shared) / (a.length + b.length);
}

function partial(normalised: string, index: HeaderIndex): Name | undefined {
  const tokens = headerTokens(normalised);
  let best: Name | undefined;
  for (const w of index.words) {
    const confidence = CONFIDENCE.partial * overlap(tokens, w.tokens);
    if (!best || confidence > best.confidence) best = { field: w.field, confidence };
  }
  return best;
}

/**
 * The field a header most likely names, or undefined below the threshold. The header is tried
 * whole (`Km`, `D+ (m)`) and without its unit (`Longueur (km)` → `longueur`).
 */
export function detectField(header: string, schema: Schema): Detected | undefined {
  const index = indexOf(schema);
  const whole = normaliseHeader(header);
  if (whole === "") return undefined;
  const unit = headerUnit(header);
  const forms = unit && unit.rest !== "" ? [whole, unit.rest] : [whole];
  let best: Name | undefined;
  for (const form of forms) {
    const found = index.exact.get(form);
    if (found && (!best || found.confidence > best.confidence)) best = found;
  }
  if (!best) {
    for (const form of forms) {
      const found = partial(form, index);
      if (found && (!best || found.confidence > best.confidence)) best = found;
    }
  }
  if (!best || best.confidence < CONFIDENCE.threshold) return undefined;
  return { field: best.field, confidence: Math.round(best.confidence * 100) / 100, unit: unit?.unit };
}
