import { readFileSync } from "fs";
import { join } from "path";
import { decodeBytes } from "../../../src/cli/decode";

export const SAMPLES = join(__dirname, "../../../samples");

export function sampleBytes(file: string): Uint8Array {
  return readFileSync(join(SAMPLES, file));
}

/** A sample as the command line reads it: bytes decoded, byte-order mark removed. */
export function sampleText(file: string): string {
  return decodeBytes(sampleBytes(file)).text;
}
