/** What a command may do to the outside world: injected, so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Throws a Node-style error (`code` ENOENT, EISDIR, EACCES...) when the file cannot be read. */
  readonly readFile: (path: string) => Uint8Array;
  /** Writes UTF-8 text; throws like readFile. */
  readonly writeFile: (path: string, text: string) => void;
}
