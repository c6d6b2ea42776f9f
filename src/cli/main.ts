import { readFileSync, writeFileSync } from "fs";
import { CLI_MESSAGES } from "../core/messages/cli";
import { parseArgs } from "./args";
import { COMMANDS } from "./commands";
import { CliError, EXIT } from "./errors";
import type { CliIo } from "./io";

export type { CliIo } from "./io";

const GENERAL_HELP = CLI_MESSAGES.help.general(COMMANDS);

/**
 * The whole tool as a function of its arguments: exit code 0 on success, 2 for bad usage or an
 * unreadable input (French message on stderr), 70 for a bug; a command may return 1 for data errors.
 */
export function run(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h") {
    io.stdout(GENERAL_HELP);
    return EXIT.ok;
  }
  try {
    if (name === undefined) throw new CliError(CLI_MESSAGES.usage.noCommand);
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(CLI_MESSAGES.usage.unknownCommand(name, COMMANDS.map((c) => c.name)));
    const args = parseArgs(rest, command.options);
    if (args.options.help === true) {
      io.stdout(command.help);
      return EXIT.ok;
    }
    return command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${e.message}\n${CLI_MESSAGES.usage.seeHelp}\n`);
      return EXIT.usage;
    }
    io.stderr(`${CLI_MESSAGES.internal(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.internal;
  }
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
};

// Run only as the program itself (build/cli.js), not when a test imports run().
if (require.main === module) process.exitCode = run(process.argv.slice(2), nodeIo);
