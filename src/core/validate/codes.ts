/**
 * The catalogue of report codes, as frictionless declares its errors: each code has a stable
 * name (Validata's where one exists), a severity, and its French name, message template and
 * description from the messages module. Nothing else in the validator invents a code.
 */
import { CODE_TEXTS, type NoteKey } from "../messages/validate";

export type Severity = "error" | "warning";

const SEVERITIES = {
  "type-error": "error",
  "constraint-error": "error",
  "missing-cell": "error",
  "extra-cell": "error",
  "blank-row": "error",
  "missing-required-header": "error",
  "missing-header-warn": "warning",
  "extra-header-warn": "warning",
  "duplicate-header": "error",
  // Custom checks, named as in Validata (validata-core custom_checks).
  "french-siret-value": "error",
  "french-gps-coordinates": "error",
  "reversed-french-gps-coordinates": "error",
  // Project checks for the randonnée sheet: its geometry travels as text in one column.
  "wkt-geometry": "error",
  "geometry-required": "error",
} as const;

export type ValidateCode = keyof typeof SEVERITIES;

export interface CodeSpec {
  readonly code: ValidateCode;
  readonly severity: Severity;
  readonly name: string;
  readonly template: string;
  readonly description: string;
}

export const CODES: Readonly<Record<ValidateCode, CodeSpec>> = (Object.keys(SEVERITIES) as ValidateCode[]).reduce(
  (all, code) => ({ ...all, [code]: { code, severity: SEVERITIES[code], ...CODE_TEXTS[code] } }),
  {} as Record<ValidateCode, CodeSpec>,
);

/** What a check found in one cell: a code and the note saying what is expected. */
export interface Problem {
  readonly code: ValidateCode;
  readonly note: NoteKey;
  readonly params?: Readonly<Record<string, string>>;
  /** Ask the standardiser for a corrected value to propose (not for structural problems). */
  readonly fixable?: boolean;
}
