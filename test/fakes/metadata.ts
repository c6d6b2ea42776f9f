// DeveloperMetadata: key/value pairs attached to the spreadsheet or to a sheet.
import { counted } from "./calls";
import type { Execution } from "./context";
import type { MetadataEntry } from "./workbook";

export class FakeDeveloperMetadata {
  constructor(
    private readonly exec: Execution,
    private readonly entry: MetadataEntry,
  ) {}
  getId(): number {
    return this.entry.id;
  }
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value;
  }
  setKey(key: string): this {
    this.entry.key = key;
    return this;
  }
  setValue(value: string | null): this {
    this.entry.value = value;
    return this;
  }
  getVisibility(): string {
    return "DOCUMENT";
  }
  remove(): void {
    const list = this.exec.workbook.metadata;
    const i = list.indexOf(this.entry);
    if (i >= 0) list.splice(i, 1);
  }
}

export function metadataOf(exec: Execution, sheetId: number | null): FakeDeveloperMetadata[] {
  return exec.workbook.metadata.filter((m) => m.sheetId === sheetId).map((m) => counted(exec, "DeveloperMetadata", new FakeDeveloperMetadata(exec, m)));
}

export function addMetadata(exec: Execution, sheetId: number | null, key: string, value?: string): void {
  if (typeof key !== "string" || key === "") throw new Error("Invalid argument: key");
  exec.workbook.addMetadata(key, value ?? null, sheetId);
}
