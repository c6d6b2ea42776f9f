import { writeCsv } from "../../core/csv";
import { tableInSchemaOrder } from "../../core/mapping";
import { CLI_MESSAGES } from "../../core/messages/cli";
import { applyPlan, standardise } from "../../core/standardise";
import type { Plan } from "../../core/standardise/types";
import { cellText } from "../../core/table";
import { optionLines, optionValue, type OptionSpec, type ParsedArgs } from "../args";
import type { Command } from "../command";
import { CliError } from "../errors";
import { readMappedInput, writeText } from "../input";
import type { CliIo } from "../io";

const T = CLI_MESSAGES.standardise;
const R = CLI_MESSAGES.report;

const OPTIONS: readonly OptionSpec[] = [
  { name: "schema", value: "schéma", description: T.options.schema },
  { name: "out", value: "fichier.csv", description: T.options.out },
  { name: "changes", value: "fichier.json", description: T.options.changes },
  { name: "mapping", value: "fichier.json", description: T.options.mapping },
  { name: "hours-per-day", value: "N", description: T.options.hoursPerDay },
];

function hoursPerDay(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!/^\d+([.,]\d+)?$/.test(value) || n < 1 || n > 24) throw new CliError(CLI_MESSAGES.usage.badHoursPerDay(value));
  return n;
}

/** The plan as the --changes file holds it: one object per changed cell, rows as in the file. */
function changesJson(plan: Plan): string {
  const changes = plan.changes.map(({ row, column, field, before, after, rule }) => ({ row, column, field, before, after, rule }));
  return `${JSON.stringify(changes, null, 2)}\n`;
}

function run(args: ParsedArgs, io: CliIo): number {
  const hours = hoursPerDay(optionValue(args, "hours-per-day"));
  const { schema, table, warnings, mapping } = readMappedInput(args, io);
  if (mapping.columns.every((c) => c.field === null)) throw new CliError(CLI_MESSAGES.input.noColumnMapped(schema.title));
  const notes = [...warnings.map((w) => w.message), ...mapping.problems.map((p) => p.message)].map(R.warning);
  if (mapping.unmapped.length > 0) notes.push(R.unmapped(mapping.unmapped.map((c) => c.header)));
  if (mapping.missingRequired.length > 0) notes.push(R.missingRequired(mapping.missingRequired));

  const plan = standardise(table, schema, mapping, hours === undefined ? {} : { hoursPerDay: hours });
  const cleaned = tableInSchemaOrder(applyPlan(table, plan), mapping, schema);
  const csv = writeCsv(cleaned);
  const out = optionValue(args, "out");
  const changes = optionValue(args, "changes");
  if (out === undefined) io.stdout(csv);
  else writeText(out, csv, io);
  if (changes !== undefined) writeText(changes, changesJson(plan), io);

  for (const u of plan.untouched) notes.push(R.review(u.row, u.field, cellText(u.value), u.message));
  notes.push(R.summary(plan.changes.length, plan.untouched.length));
  if (out !== undefined) notes.push(R.written(out));
  io.stderr(`${notes.join("\n")}\n`);
  return 0;
}

export const standardiseCommand: Command = {
  name: "standardise",
  summary: T.summary,
  help: CLI_MESSAGES.help.command(T.usage, T.description, optionLines(OPTIONS), T.notes),
  options: OPTIONS,
  run,
};
