import type { Field } from "../schema/field";

/** Which rule reads a field's values. */
export type FieldKind =
  | "boolean"
  | "number"
  | "duration"
  | "date"
  | "time"
  | "email"
  | "url"
  | "enum"
  | "code"
  | "list"
  | "phone"
  | "wkt"
  | "text"
  /** Geometries and arrays: never rewritten here (the geo module reads them). */
  | "opaque";

export function fieldKind(field: Field): FieldKind {
  switch (field.type) {
    case "geometry":
    case "array":
      return "opaque";
    case "boolean":
      return "boolean";
    case "number":
    case "integer":
      return field.unit === "h" || field.unit === "min" || field.unit === "day" ? "duration" : "number";
    case "date":
      return "date";
    case "time":
      return "time";
    default:
      break;
  }
  // JSON Schema dates are strings with a format (randonnée `date_creation`).
  if (field.format === "date") return "date";
  if (field.format === "email") return "email";
  if (field.format === "uri") return "url";
  if (field.enum !== undefined && field.enum.length > 0) return "enum";
  switch (field.role) {
    case "code":
      return "code";
    case "list":
      return "list";
    case "phone":
      return "phone";
    case "wkt-point":
      return "wkt";
    default:
      return "text";
  }
}
