import { type CsvProblem, parseCsv } from "../core/csv";
import { mapHeaders, type ExplicitMapping, type MappingResult } from "../core/mapping";
import { CLI_MESSAGES } from "../core/messages/cli";
import { isSchemaId, loadSchema, type Schema, SCHEMA_IDS, schemaFromJson } from "../core/schema";
import type { Table } from "../core/table";
import { decodeBytes } from "./decode";
import { CliError } from "./errors";
import { optionValue, type ParsedArgs } from "./args";
import type { CliIo } from "./io";

const M = CLI_MESSAGES.input;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The bytes of a file, or a French reason it cannot be read. */
export function readBytes(path: string, io: CliIo): Uint8Array {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") throw new CliError(M.notFound(path));
    if (code === "EISDIR") throw new CliError(M.isDirectory(path));
    if (code === "EACCES" || code === "EPERM") throw new CliError(M.notAllowed(path));
    throw new CliError(M.unreadable(path, errorMessage(e)));
  }
}

export function writeText(path: string, text: string, io: CliIo): void {
  try {
    io.writeFile(path, text);
  } catch (e) {
    throw new CliError(M.notWritable(path, errorMessage(e)));
  }
}

export interface CsvInput {
  readonly table: Table;
  /** Problems worth a look that do not stop the command. */
  readonly warnings: readonly CsvProblem[];
}

/** A CSV file as a table; its errors (empty, binary, duplicate headers...) stop the command. */
export function readCsvFile(path: string, io: CliIo): CsvInput {
  const { text } = decodeBytes(readBytes(path, io));
  const { table, problems } = parseCsv(text);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new CliError(errors.map((p) => M.inFile(path, p.message)).join("\n"));
  return { table, warnings: problems.filter((p) => p.severity === "warning") };
}

function readJson(path: string, io: CliIo, badJson: (path: string, reason: string) => string): unknown {
  const { text } = decodeBytes(readBytes(path, io));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(badJson(path, errorMessage(e)));
  }
}

/** A bundled schema by name, or a schema file (`.json`) by path, named after the file. */
export function resolveSchema(arg: string, io: CliIo): Schema {
  if (isSchemaId(arg)) return loadSchema(arg);
  if (!/\.json$/i.test(arg)) throw new CliError(CLI_MESSAGES.usage.unknownSchema(arg, SCHEMA_IDS));
  const json = readJson(arg, io, M.badSchemaJson);
  const id = (arg.split(/[\\/]/).pop() as string).replace(/\.json$/i, "");
  try {
    return schemaFromJson(json, id);
  } catch (e) {
    throw new CliError(M.badSchema(arg, errorMessage(e)));
  }
}

/** A mapping file: `{ "header as typed": "field" | null }`. */
export function readExplicitMapping(path: string, io: CliIo): ExplicitMapping {
  const json = readJson(path, io, M.badMappingJson);
  const valid =
    typeof json === "object" && json !== null && !Array.isArray(json) && Object.values(json).every((v) => v === null || typeof v === "string");
  if (!valid) throw new CliError(M.badMappingShape(path));
  return json as ExplicitMapping;
}

/** What every command reads: one CSV file, its schema (`--schema`) and its mapping (`--mapping`). */
export interface MappedInput extends CsvInput {
  readonly input: string;
  readonly schema: Schema;
  readonly mapping: MappingResult;
}

export function readMappedInput(args: ParsedArgs, io: CliIo): MappedInput {
  const [input, ...extra] = args.positionals;
  if (input === undefined) throw new CliError(CLI_MESSAGES.usage.missingInput);
  if (extra.length > 0) throw new CliError(CLI_MESSAGES.usage.tooManyInputs(extra));
  const schemaArg = optionValue(args, "schema");
  if (schemaArg === undefined) throw new CliError(CLI_MESSAGES.usage.missingSchema);
  const schema = resolveSchema(schemaArg, io);
  const mappingPath = optionValue(args, "mapping");
  const explicit = mappingPath === undefined ? {} : readExplicitMapping(mappingPath, io);
  const { table, warnings } = readCsvFile(input, io);
  return { input, schema, table, warnings, mapping: mapHeaders(table.header, schema, explicit) };
}
