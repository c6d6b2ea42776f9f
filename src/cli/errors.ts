/** Bad usage or unreadable input: the command stops with this French message and exit code 2. */
export class CliError extends Error {}

export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;
