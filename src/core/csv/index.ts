export * from "./types";
export { detectDelimiter, parseCsv } from "./parse";
export { cellToCsvText, plainNumber, writeCsv } from "./write";
