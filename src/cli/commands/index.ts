import type { Command } from "../command";
import { standardiseCommand } from "./standardise";
import { validateCommand } from "./validate";

/** Every command of the tool, in the order of the help. */
export const COMMANDS: readonly Command[] = [standardiseCommand, validateCommand];
