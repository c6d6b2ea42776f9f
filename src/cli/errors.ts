/** Bad usage or unreadable input: the command stops with this French message and exit code 2. */
export class CliError extends Error {}

/**
 * 1 is left to commands for "done, and the data has errors" (validate); a bug exits with
 * sysexits' EX_SOFTWARE so that a pipeline never takes a crash for an invalid file.
 */
export const EXIT = { ok: 0, usage: 2, internal: 70 } as const;
