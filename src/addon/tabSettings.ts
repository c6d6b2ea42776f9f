import type { ExplicitMapping } from "../core/mapping/types";
import type { SchemaId } from "../core/schema/field";
import { isSchemaId } from "../core/schema/registry";

/** What a person chose for a tab, remembered in the document (not per user: the tab is shared). */
export interface TabSettings {
  readonly schemaId: SchemaId;
  /** Their corrections of the header mapping: header → field name, or null for "not in the schema". */
  readonly mapping: ExplicitMapping;
}

const key = (sheetId: number) => `mq.tab.${sheetId}`;

export function readTabSettings(sheetId: number): TabSettings | undefined {
  const json = PropertiesService.getDocumentProperties().getProperty(key(sheetId));
  if (!json) return undefined;
  const parsed = JSON.parse(json) as Partial<TabSettings>;
  if (typeof parsed.schemaId !== "string" || !isSchemaId(parsed.schemaId)) return undefined;
  return { schemaId: parsed.schemaId, mapping: parsed.mapping ?? {} };
}

export function saveTabSettings(sheetId: number, settings: TabSettings): void {
  PropertiesService.getDocumentProperties().setProperty(key(sheetId), JSON.stringify(settings));
}
