import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";

export const ROOT = join(__dirname, "../..");
export const SAMPLES = join(ROOT, "samples");
export const sample = (file: string) => join(SAMPLES, file);

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder for files a test gives to or expects from the tool. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "mise-en-qualite-"));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** run() in-process, with the real file system and captured output. */
export function runCli(...argv: string[]): CliRun {
  let stdout = "";
  let stderr = "";
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(p),
    writeFile: (p, t) => writeFileSync(p, t, "utf8"),
  });
  return { code, stdout, stderr };
}
