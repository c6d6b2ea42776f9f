export * from "./types";
export { CODES, type CodeSpec, type Severity, type ValidateCode } from "./codes";
export { DEFAULT_LIMIT, type FixFinder, type Place } from "./report";
export { validate, type ValidateOptions } from "./validate";
