import { readFileSync } from "fs";
import { join } from "path";

const SAMPLES = join(__dirname, "../../../samples");

/** The header row of a sample sheet, as typed (none of them quotes a header). */
export function sampleHeader(file: string, delimiter: string, encoding = "utf-8"): string[] {
  const text = new TextDecoder(encoding).decode(readFileSync(join(SAMPLES, file)));
  return text.split(/\r?\n/)[0].split(delimiter);
}

export const HEADERS = {
  troisDe: () => sampleHeader("randonnees-3de.csv", ";"),
  escapade: () => sampleHeader("randonnees-escapade.csv", ","),
  ceyrando: () => sampleHeader("randonnees-ceyrando.csv", ",", "windows-1252"),
  agenda: () => sampleHeader("agenda-ceyrat-2021.csv", ","),
  catalogue: () =>
    readFileSync(join(__dirname, "../../../../shared/schemas/catalogue-scdl/exemple-construit-depuis-champs-example.csv"), "utf8")
      .split(/\r?\n/)[0]
      .split(","),
};
