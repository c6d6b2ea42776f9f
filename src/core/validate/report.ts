import { EMPTY_CELL, FIX_TEMPLATE, NOTES } from "../messages/validate";
import type { Cell } from "../table";
import { isEmptyCell } from "../table";
import { CODES, type Problem, type ValidateCode } from "./codes";
import { fillTemplate, quote } from "../messages/render";
import type { Report, ReportItem } from "./types";

export const DEFAULT_LIMIT = 1000;

/** Where an item sits and what it holds, before its message is written. */
export interface Place {
  readonly row: number;
  readonly column: number;
  readonly field: string | null;
  readonly value: Cell;
}

/** Proposes the corrected value of a cell, when the standardiser has one. */
export type FixFinder = (place: Place) => Cell | undefined;

/** A proposed number or boolean is shown bare (8400), text quoted (« pédestre »). */
function showFixed(value: Cell): string {
  return typeof value === "number" || typeof value === "boolean" ? String(value) : quote(value);
}

function subjectOf(value: Cell): string {
  return isEmptyCell(value) ? EMPTY_CELL : quote(value);
}

/**
 * Collects items: counts every one, but writes the message of the first `limit` of each
 * severity only, so that 100,000 errors cost 100,000 increments, not 100,000 strings.
 */
export class ReportBuilder {
  private readonly errors: ReportItem[] = [];
  private readonly warnings: ReportItem[] = [];
  private readonly counts: Record<string, number> = {};
  private errorCount = 0;
  private warningCount = 0;

  constructor(
    private readonly limit: number,
    private readonly findFix: FixFinder,
  ) {}

  /** An item whose message needs only the template's own parameters (headers, rows). */
  add(code: ValidateCode, place: Place, params: () => Readonly<Record<string, string>> = () => ({})): void {
    const list = this.listFor(code);
    if (list) list.push({ code, ...place, message: fillTemplate(CODES[code].template, { subject: subjectOf(place.value), ...params() }) });
  }

  /** An item for a cell: subject, note and the proposed fix. */
  addProblem(problem: Problem, place: Place): void {
    const list = this.listFor(problem.code);
    if (!list) return;
    const fixed = problem.fixable ? this.findFix(place) : undefined;
    const fix = fixed === undefined || fixed === place.value ? "" : fillTemplate(FIX_TEMPLATE, { fixed: showFixed(fixed) });
    const params = problem.params ?? {};
    const note = fillTemplate(NOTES[problem.note], { ...params, fix });
    list.push({ code: problem.code, ...place, message: fillTemplate(CODES[problem.code].template, { subject: subjectOf(place.value), note, fix }) });
  }

  /** Counts the item and returns the list to push it on, or undefined past the limit. */
  private listFor(code: ValidateCode): ReportItem[] | undefined {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (CODES[code].severity === "error") {
      this.errorCount++;
      return this.errors.length < this.limit ? this.errors : undefined;
    }
    this.warningCount++;
    return this.warnings.length < this.limit ? this.warnings : undefined;
  }

  build(): Report {
    return {
      valid: this.errorCount === 0,
      errors: this.errors,
      warnings: this.warnings,
      counts: this.counts,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
    };
  }
}
