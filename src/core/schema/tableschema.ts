import type { CustomCheck, Field, FieldType, Schema } from "./field";
import { FIELD_HINTS } from "./hints";

interface TableSchemaField {
  name: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  example?: unknown;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: unknown[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
  };
}

export interface TableSchemaJson {
  name?: string;
  title?: string;
  version?: string;
  fields: TableSchemaField[];
  missingValues?: string[];
  primaryKey?: string | string[];
  custom_checks?: CustomCheck[];
}

const TABLE_SCHEMA_TYPES: Readonly<Record<string, FieldType>> = {
  string: "string",
  number: "number",
  integer: "integer",
  boolean: "boolean",
  date: "date",
  time: "time",
  datetime: "datetime",
  array: "array",
  geopoint: "string",
  geojson: "geometry",
  any: "any",
};

export function isTableSchema(json: unknown): json is TableSchemaJson {
  return typeof json === "object" && json !== null && Array.isArray((json as TableSchemaJson).fields);
}

export function fromTableSchema(json: TableSchemaJson, id: string): Schema {
  const hints = FIELD_HINTS[id] ?? {};
  const fields = json.fields.map((f): Field => {
    const c = f.constraints ?? {};
    const format = f.format && f.format !== "default" ? f.format : undefined;
    return {
      name: f.name,
      title: f.title ?? f.name,
      description: f.description ?? "",
      type: TABLE_SCHEMA_TYPES[f.type ?? "string"] ?? "any",
      format,
      required: c.required === true,
      nullable: c.required !== true,
      enum: c.enum?.map(String),
      pattern: c.pattern,
      minimum: c.minimum,
      maximum: c.maximum,
      minLength: c.minLength,
      maxLength: c.maxLength,
      unique: c.unique,
      trueValues: f.type === "boolean" ? f.trueValues ?? ["true", "True", "TRUE", "1"] : undefined,
      falseValues: f.type === "boolean" ? f.falseValues ?? ["false", "False", "FALSE", "0"] : undefined,
      example: f.example === undefined ? undefined : String(f.example),
      ...hints[f.name],
    };
  });
  const primaryKey = typeof json.primaryKey === "string" ? [json.primaryKey] : json.primaryKey;
  return {
    id,
    title: json.title ?? json.name ?? id,
    version: json.version ?? "",
    source: "tableschema",
    fields,
    customChecks: json.custom_checks ?? [],
    missingValues: json.missingValues ?? [""],
    primaryKey,
  };
}
