import type { ExplicitMapping } from "../core/mapping/types";
import type { SchemaId } from "../core/schema/field";
import { isSchemaId } from "../core/schema/registry";
import { tabStore } from "./tabStore";

/** What a person chose for a tab, remembered in the document (not per user: the tab is shared). */
export interface TabSettings {
  readonly schemaId: SchemaId;
  /** Their corrections of the header mapping: header → field name, or null for "not in the schema". */
  readonly mapping: ExplicitMapping;
  /** Hours of walking in a day, to turn `1 jour` or `½ journée` into hours (else left for review). */
  readonly hoursPerDay?: number;
}

const store = tabStore<Partial<TabSettings>>("mq.tab");

/** The settings, unless the stored ones no longer make sense (a schema that is gone). */
export function readTabSettings(sheetId: number): TabSettings | undefined {
  const parsed = store.read(sheetId);
  if (!parsed || typeof parsed.schemaId !== "string" || !isSchemaId(parsed.schemaId)) return undefined;
  const hours = parsed.hoursPerDay;
  return { schemaId: parsed.schemaId, mapping: parsed.mapping ?? {}, ...(typeof hours === "number" && hours > 0 ? { hoursPerDay: hours } : {}) };
}

export function saveTabSettings(sheetId: number, settings: TabSettings): void {
  store.save(sheetId, settings);
}
