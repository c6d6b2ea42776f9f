/**
 * One field model for every schema source (Table Schema, or the JSON Schema of a GeoJSON
 * FeatureCollection whose feature properties become fields).
 */

export type FieldType =
  | "string"
  | "number"
  | "integer"
  | "boolean"
  | "date"
  | "time"
  | "datetime"
  | "array"
  | "geometry"
  | "any";

/** Units the schemas state in words; the cleaning rules convert into the field's unit. */
export type Unit = "m" | "km" | "h" | "min" | "day";

/**
 * What a string field holds, when it matters for cleaning: a code keeps its leading zeros,
 * a list has one separator, a name gets a capital at the start.
 */
export type FieldRole = "code" | "list" | "name" | "text" | "phone" | "wkt-point";

export interface Field {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly type: FieldType;
  /** email, uri, uuid, date (JSON Schema) or a Table Schema format other than "default". */
  readonly format?: string;
  readonly required: boolean;
  /** JSON Schema `["string", "null"]`: null is allowed (an empty cell). */
  readonly nullable: boolean;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly unique?: boolean;
  /** Table Schema booleans. */
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  /** The unit the schema states in words (longueur in metres, duree in hours...). */
  readonly unit?: Unit;
  readonly role?: FieldRole;
  /** Separator of a list field, as the schema's examples show it. */
  readonly separator?: string;
  /** For a geometry field: the geometry type expected (LineString for a route). */
  readonly geometryType?: string;
  readonly example?: string;
}

export type SchemaId = "randonnee" | "evenements" | "catalogue";

export interface CustomCheck {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface Schema {
  /** Short name (`randonnee`, `evenements`, `catalogue`) or the file name of a schema given by path. */
  readonly id: string;
  readonly title: string;
  readonly version: string;
  /** Where the fields come from. */
  readonly source: "tableschema" | "geojson";
  readonly fields: readonly Field[];
  readonly customChecks: readonly CustomCheck[];
  /** Cell values that mean "no value" (Table Schema `missingValues`, default `[""]`). */
  readonly missingValues: readonly string[];
  readonly primaryKey?: readonly string[];
}

export function fieldByName(schema: Schema, name: string): Field | undefined {
  return schema.fields.find((f) => f.name === name);
}
