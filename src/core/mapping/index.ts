export * from "./types";
export { mapHeaders } from "./map";
export { detectSchema } from "./detect";
export { tableInSchemaOrder } from "./reorder";
