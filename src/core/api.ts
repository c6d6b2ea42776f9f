/**
 * What the sidebar may ask of the server through google.script.run: the add-on's whole browser-facing
 * surface, typed once for both sides. Only primitives, plain objects and arrays cross it (no Dates).
 */

export interface SchemaGuessView {
  readonly schemaId: string;
  readonly title: string;
  /** 0..1: how well the tab's headers match the schema. */
  readonly score: number;
  readonly mappedColumns: number;
  readonly requiredFound: number;
  readonly requiredTotal: number;
}

export interface SheetInfo {
  readonly name: string;
  /** Data rows, header excluded. */
  readonly dataRows: number;
  readonly columns: number;
  readonly headers: readonly string[];
  /** Best guess first; empty when no schema looks like the tab. */
  readonly guesses: readonly SchemaGuessView[];
}

export interface ServerApi {
  getActiveSheetInfo(): SheetInfo;
}
