import { CLI_MESSAGES } from "../core/messages/cli";
import { CliError } from "./errors";

export interface OptionSpec {
  /** Long name without dashes: `schema` for `--schema`. */
  readonly name: string;
  /** Placeholder of the value in the help (`fichier.csv`); absent for a flag. */
  readonly value?: string;
  /** French, for the help. */
  readonly description: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Option name → its value, or true for a flag. */
  readonly options: Readonly<Record<string, string | true>>;
}

const HELP: OptionSpec = { name: "help", description: CLI_MESSAGES.help.optionHelp };

/**
 * `--name value`, `--name=value`, flags, `-h`, and `--` before a file name starting with a dash.
 * Every command accepts --help; anything else not declared is an error.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const all = [...specs, HELP];
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : "";
    const spec = all.find((s) => s.name === name);
    if (!spec) throw new CliError(CLI_MESSAGES.usage.unknownOption(eq < 0 ? arg : arg.slice(0, eq)));
    if (options[name] !== undefined) throw new CliError(CLI_MESSAGES.usage.repeatedOption(name));
    if (spec.value === undefined) {
      if (eq >= 0) throw new CliError(CLI_MESSAGES.usage.flagWithValue(name));
      options[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) throw new CliError(CLI_MESSAGES.usage.missingValue(name, spec.value));
    options[name] = value;
  }
  return { positionals, options };
}

/** The value of an option that takes one, or undefined when it was not given. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === "string" ? v : undefined;
}

/** Help lines for options, aligned: `  --out <fichier.csv>   Fichier...`. */
export function optionLines(specs: readonly OptionSpec[]): string[] {
  const all = [...specs, HELP];
  const left = all.map((s) => (s.name === "help" ? "-h, --help" : `--${s.name}${s.value ? ` <${s.value}>` : ""}`));
  const width = Math.max(...left.map((l) => l.length));
  return all.map((s, i) => `  ${left[i].padEnd(width)}  ${s.description}`);
}
