/**
 * What the sidebar may ask of the server through google.script.run: the add-on's whole browser-facing
 * surface, typed once for both sides. Only primitives, plain objects and arrays cross it (no Dates).
 */

import type { SchemaGuess } from "./mapping/types";

/** How well the tab's headers match a schema (score 0..1). */
export type SchemaGuessView = SchemaGuess;

export interface SheetInfo {
  readonly name: string;
  /** Data rows, header excluded. */
  readonly dataRows: number;
  readonly columns: number;
  readonly headers: readonly string[];
  /** Best guess first; empty when no schema looks like the tab. */
  readonly guesses: readonly SchemaGuessView[];
}

export interface FieldView {
  readonly name: string;
  readonly title: string;
  readonly required: boolean;
}

export interface MappingRowView {
  readonly header: string;
  readonly field: string | null;
  readonly confidence: number;
  /** Unit read in the header, in words (« kilomètres »). */
  readonly unit: string;
}

export interface OperationView {
  readonly kind: "standardise" | "marks";
  readonly label: string;
  readonly at: string;
  readonly cells: number;
}

/** Everything the sidebar shows about the active tab. */
export interface TabState {
  readonly sheet: SheetInfo;
  /** The schema used for this tab: the remembered one, else the best guess; null when none fits. */
  readonly schemaId: string | null;
  /** True when a person chose it (remembered), false when it is only detected. */
  readonly remembered: boolean;
  readonly schemas: readonly { readonly id: string; readonly title: string }[];
  readonly fields: readonly FieldView[];
  readonly mapping: readonly MappingRowView[];
  /** Mapping problems (a field claimed twice, a unit that does not fit...), in French. */
  readonly problems: readonly string[];
  readonly missingRequired: readonly string[];
  /** Hours of walking in a day, when the schema has durations and a person set it. */
  readonly hoursPerDay: number | null;
  /** True when the schema has a duration field (the hours-per-day setting applies). */
  readonly hasDurations: boolean;
  readonly lastOperation: OperationView | null;
  readonly hasMarks: boolean;
  /** A standardisation that stopped at the 6-minute limit and can resume. */
  readonly pendingJob: ProgressView | null;
  /** The section the menu asked the sidebar to open (« Nouvel onglet modèle… »). */
  readonly focus: "template" | null;
}

export interface ChangeExampleView {
  readonly cell: string;
  readonly before: string;
  readonly after: string;
  /** Made on an assumption a person stated (hours per day): to check. */
  readonly review: boolean;
}

export interface RuleGroupView {
  readonly rule: string;
  readonly label: string;
  readonly count: number;
  readonly examples: readonly ChangeExampleView[];
}

export interface ReviewView {
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  readonly value: string;
  readonly message: string;
}

export interface PlanPreview {
  readonly changeCount: number;
  readonly groups: readonly RuleGroupView[];
  readonly reviewCount: number;
  /** The first values left for review. */
  readonly review: readonly ReviewView[];
  /** Changes that would fall on formula cells: never applied. */
  readonly formulaCells: number;
}

export interface ProgressView {
  readonly done: boolean;
  readonly processedRows: number;
  readonly totalRows: number;
  readonly changed: number;
  readonly message: string;
}

export interface ProblemView {
  readonly code: string;
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

export interface ValidationView {
  readonly valid: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly counts: readonly { readonly code: string; readonly name: string; readonly count: number }[];
  readonly errors: readonly ProblemView[];
  readonly warnings: readonly ProblemView[];
  readonly reportTab: string;
  readonly message: string;
}

export interface ServerApi {
  getActiveSheetInfo(): SheetInfo;
  getTabState(): TabState;
  saveTabSettings(schemaId: string, mapping: Readonly<Record<string, string | null>>, hoursPerDay: number | null): TabState;
  previewStandardise(): PlanPreview;
  applyStandardise(): ProgressView;
  validateTab(): ValidationView;
  selectCell(row: number, column: number): void;
  clearTabMarks(): string;
  undoTabOperation(): ProgressView;
  createTemplate(schemaId: string): string;
}
