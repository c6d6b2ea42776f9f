import type { Field, FieldType, Schema } from "./field";
import { FIELD_HINTS } from "./hints";

interface JsonSchemaProperty {
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  examples?: unknown[];
  $ref?: string;
}

export interface GeoJsonSchemaJson {
  $id?: string;
  title?: string;
  version?: string;
  definitions?: Record<string, { required?: string[]; properties?: Record<string, JsonSchemaProperty> }>;
  properties?: {
    features?: {
      items?: {
        properties?: {
          properties?: { $ref?: string };
          geometry?: { properties?: { type?: { enum?: string[] } } };
        };
      };
    };
  };
}

/** The randonnée schema is a FeatureCollection: its features' properties are what a sheet holds. */
export function isGeoJsonSchema(json: unknown): json is GeoJsonSchemaJson {
  const j = json as GeoJsonSchemaJson;
  return typeof j === "object" && j !== null && j.properties?.features?.items?.properties?.properties !== undefined;
}

function propertiesDefinition(json: GeoJsonSchemaJson) {
  const ref = json.properties?.features?.items?.properties?.properties?.$ref ?? "";
  const defs = json.definitions ?? {};
  // draft-07 `$ref: "properties_randonnee"` resolves through the definition's `$id`.
  const key = Object.keys(defs).find((k) => k === ref || (defs[k] as { $id?: string }).$id === ref || `#/definitions/${k}` === ref);
  if (key === undefined) throw new Error(`Définition des propriétés introuvable (${ref})`);
  return defs[key];
}

function baseType(types: string[]): FieldType {
  const t = types.find((x) => x !== "null") ?? "any";
  if (t === "string" || t === "number" || t === "integer" || t === "boolean" || t === "array") return t;
  return "any";
}

/** The version number published in the `$id` (the inner `version` key was not bumped upstream). */
function versionOf(json: GeoJsonSchemaJson): string {
  const m = /\/v?(\d+\.\d+\.\d+)\//.exec(json.$id ?? "");
  return m ? m[1] : json.version ?? "";
}

export function fromGeoJsonSchema(json: GeoJsonSchemaJson, id: string): Schema {
  const def = propertiesDefinition(json);
  const required = new Set(def.required ?? []);
  const hints = FIELD_HINTS[id] ?? {};
  const fields: Field[] = Object.entries(def.properties ?? {}).map(([name, p]) => {
    const types = Array.isArray(p.type) ? p.type : p.type ? [p.type] : [];
    const enumValues = p.enum?.filter((v) => v !== null).map(String);
    return {
      name,
      title: p.title ?? name,
      description: p.description ?? "",
      type: baseType(types),
      format: p.format,
      required: required.has(name),
      nullable: types.includes("null"),
      enum: enumValues,
      pattern: p.pattern,
      minimum: p.minimum,
      maximum: p.maximum,
      minLength: p.minLength,
      maxLength: p.maxLength,
      example: p.examples && p.examples.length > 0 ? String(p.examples[0]) : undefined,
      ...hints[name],
    };
  });
  const geometryType = json.properties?.features?.items?.properties?.geometry?.properties?.type?.enum?.[0] ?? "LineString";
  fields.push({
    name: "geometry",
    title: "Géométrie (tracé de l'itinéraire)",
    description: `Tracé en WKT (${geometryType.toUpperCase()}(lon lat, ...)) ou en GeoJSON, coordonnées WGS84 (EPSG:4326).`,
    type: "geometry",
    geometryType,
    required: true,
    nullable: false,
  });
  return {
    id,
    title: json.title ?? id,
    version: versionOf(json),
    source: "geojson",
    fields,
    customChecks: [],
    missingValues: [""],
  };
}
