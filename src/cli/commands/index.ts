import type { Command } from "../command";
import { standardiseCommand } from "./standardise";

/** Every command of the tool, in the order of the help. */
export const COMMANDS: readonly Command[] = [standardiseCommand];
