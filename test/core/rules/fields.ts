/** Real fields of the bundled schemas, for the rule tests. */
import { DEFAULT_CONTEXT, type CellContext } from "../../../src/core/rules";
import { fieldByName, loadSchema, type Field, type SchemaId } from "../../../src/core/schema";

export function field(schema: SchemaId, name: string): Field {
  const f = fieldByName(loadSchema(schema), name);
  if (f === undefined) throw new Error(`${schema}.${name} is not a field`);
  return f;
}

export const rando = (name: string): Field => field("randonnee", name);
export const agenda = (name: string): Field => field("evenements", name);
export const catalogue = (name: string): Field => field("catalogue", name);

export function context(overrides: Partial<CellContext> = {}): CellContext {
  return { ...DEFAULT_CONTEXT, ...overrides };
}
