import catalogueJson from "../../../schemas/catalogue/schema.json";
import evenementsJson from "../../../schemas/evenements/schema.json";
import randonneeJson from "../../../schemas/randonnee/schema.json";
import type { Schema, SchemaId } from "./field";
import { fromGeoJsonSchema, isGeoJsonSchema } from "./geojson";
import { fromTableSchema, isTableSchema } from "./tableschema";

/** Builds the field model from a schema document of either kind. */
export function schemaFromJson(json: unknown, id: string): Schema {
  if (isTableSchema(json)) return fromTableSchema(json, id);
  if (isGeoJsonSchema(json)) return fromGeoJsonSchema(json, id);
  throw new Error(
    "Schéma non reconnu : ni un Table Schema (clé « fields »), ni le JSON Schema d'une FeatureCollection GeoJSON.",
  );
}

export const SCHEMA_IDS: readonly SchemaId[] = ["randonnee", "evenements", "catalogue"];

const SOURCES: Readonly<Record<SchemaId, unknown>> = {
  randonnee: randonneeJson,
  evenements: evenementsJson,
  catalogue: catalogueJson,
};

const cache: Partial<Record<SchemaId, Schema>> = {};

export function isSchemaId(id: string): id is SchemaId {
  return (SCHEMA_IDS as readonly string[]).includes(id);
}

/** One of the bundled schemas, built once. */
export function loadSchema(id: SchemaId): Schema {
  const cached = cache[id];
  if (cached) return cached;
  const schema = schemaFromJson(SOURCES[id], id);
  cache[id] = schema;
  return schema;
}

/** The untouched official document, for checks that need the original (Ajv on an export). */
export function schemaDocument(id: SchemaId): unknown {
  return SOURCES[id];
}
