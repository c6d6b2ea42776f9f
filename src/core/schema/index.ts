export * from "./field";
export { FIELD_HINTS } from "./hints";
export { isSchemaId, loadSchema, schemaDocument, schemaFromJson, SCHEMA_IDS } from "./registry";
