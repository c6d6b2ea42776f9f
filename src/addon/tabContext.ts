import { detectSchema, mapHeaders } from "../core/mapping";
import type { MappingResult } from "../core/mapping/types";
import type { Schema } from "../core/schema/field";
import type { StandardiseOptions } from "../core/standardise";
import { isSchemaId, loadSchema } from "../core/schema/registry";
import { readTabSettings } from "./tabSettings";

/** How a tab is read: its schema (remembered, else detected) and the mapping of its headers. */
export interface TabContext {
  readonly schema: Schema;
  readonly mapping: MappingResult;
  /** True when a person chose the schema for this tab. */
  readonly remembered: boolean;
  /** What the person set for cleaning (hours per day). */
  readonly options: StandardiseOptions;
}

export function tabContext(sheetId: number, header: readonly string[]): TabContext | undefined {
  const settings = readTabSettings(sheetId);
  const schemaId = settings?.schemaId ?? detectSchema(header)[0]?.schemaId;
  if (!schemaId || !isSchemaId(schemaId)) return undefined;
  const schema = loadSchema(schemaId);
  const options = settings?.hoursPerDay ? { hoursPerDay: settings.hoursPerDay } : {};
  return { schema, mapping: mapHeaders(header, schema, settings?.mapping ?? {}), remembered: settings !== undefined, options };
}
