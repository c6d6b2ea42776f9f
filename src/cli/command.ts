import type { OptionSpec, ParsedArgs } from "./args";
import type { CliIo } from "./io";

/** One command of the tool: one file in commands/, one line in the table of commands/index.ts. */
export interface Command {
  readonly name: string;
  /** French, one line, for the general help. */
  readonly summary: string;
  /** The command's own help, in French. */
  readonly help: string;
  readonly options: readonly OptionSpec[];
  /** Returns the exit code; throws CliError for bad usage or unreadable input. */
  readonly run: (args: ParsedArgs, io: CliIo) => number;
}
