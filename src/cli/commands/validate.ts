import { CLI_MESSAGES } from "../../core/messages/cli";
import { VALIDATE_CLI as T } from "../../core/messages/validate";
import { columnLetter, type Table } from "../../core/table";
import { CODES, validate, type Report, type ReportItem, type ValidateCode } from "../../core/validate";
import { fillTemplate, quote } from "../../core/messages/render";
import { optionLines, type OptionSpec, type ParsedArgs } from "../args";
import type { Command } from "../command";
import { readMappedInput } from "../input";
import type { CliIo } from "../io";

/** Exit code of a file with errors (0: valid, 2: bad usage or unreadable input). */
const EXIT_INVALID = 1;
/** Items shown per list in the readable summary; --json gives them all. */
const SHOWN = 20;

const OPTIONS: readonly OptionSpec[] = [
  { name: "schema", value: "schéma", description: T.options.schema },
  { name: "mapping", value: "fichier.json", description: T.options.mapping },
  { name: "json", description: T.options.json },
];

const plural = (n: number) => (n > 1 ? "s" : "");

function itemLine(item: ReportItem, table: Table): string {
  const message = item.message;
  // Header items name their column in the message already.
  if (item.row <= 1) return fillTemplate(T.tableLine, { message });
  if (item.column === 0) return fillTemplate(T.rowLine, { row: String(item.row), message });
  const column = `${columnLetter(item.column)} ${quote(table.header[item.column - 1] ?? "")}`;
  return fillTemplate(T.cellLine, { row: String(item.row), column, message });
}

function itemLines(title: string, items: readonly ReportItem[], total: number, table: Table): string[] {
  if (total === 0) return [];
  const lines = ["", title, ...items.slice(0, SHOWN).map((i) => itemLine(i, table))];
  const shown = Math.min(items.length, SHOWN);
  if (total > shown) lines.push(fillTemplate(T.more, { count: String(total - shown) }));
  return lines;
}

/** The readable French summary: counts per code, then the first errors and warnings. */
export function summary(report: Report, table: Table, file: string, schema: { title: string; version: string }): string {
  const counts = { errors: String(report.errorCount), warnings: String(report.warningCount), errorsPlural: plural(report.errorCount), warningsPlural: plural(report.warningCount) };
  const lines = [
    fillTemplate(T.title, { file: quote(file), schema: schema.title, version: schema.version }).trimEnd(),
    fillTemplate(report.valid ? T.valid : T.invalid, counts),
  ];
  // Errors first, then the most frequent.
  const rank = (code: ValidateCode) => (CODES[code].severity === "error" ? 0 : 1);
  const codes = (Object.keys(report.counts) as ValidateCode[]).sort((a, b) => rank(a) - rank(b) || report.counts[b] - report.counts[a]);
  if (codes.length > 0) {
    lines.push("", T.byCode);
    for (const code of codes) lines.push(fillTemplate(T.codeLine, { count: String(report.counts[code]).padStart(6), name: CODES[code].name, code }));
  }
  lines.push(...itemLines(T.firstErrors, report.errors, report.errorCount, table));
  lines.push(...itemLines(T.warnings, report.warnings, report.warningCount, table));
  return `${lines.join("\n")}\n`;
}

function run(args: ParsedArgs, io: CliIo): number {
  const { input, schema, table, warnings, mapping } = readMappedInput(args, io);
  const report = validate(table, schema, mapping);
  // What the reading and the mapping noticed goes to stderr, so that --json stays one object.
  const notes = [...warnings.map((w) => w.message), ...mapping.problems.map((p) => p.message)];
  if (notes.length > 0) io.stderr(`${notes.map((n) => CLI_MESSAGES.report.warning(n)).join("\n")}\n`);
  io.stdout(args.options.json === true ? `${JSON.stringify(report, null, 2)}\n` : summary(report, table, input, schema));
  return report.valid ? 0 : EXIT_INVALID;
}

export const validateCommand: Command = {
  name: "validate",
  summary: T.summary,
  help: CLI_MESSAGES.help.command(T.usage, T.description, optionLines(OPTIONS), [...T.notes]),
  options: OPTIONS,
  run,
};
