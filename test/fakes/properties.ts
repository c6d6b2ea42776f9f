// PropertiesService with the documented quotas: 9 KB per value, 500 KB per store.
import { counted } from "./calls";
import type { Execution } from "./context";

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

export class FakeProperties {
  constructor(private readonly store: Map<string, string>) {}

  private check(next: Map<string, string>): void {
    for (const v of next.values()) if (bytes(v) > VALUE_LIMIT_BYTES) throw new Error("Argument too large: value");
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
  }

  private commit(next: Map<string, string>): this {
    this.check(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this;
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  /** Values are stored as strings, as in Apps Script. */
  setProperty(key: string, value: unknown): this {
    return this.commit(new Map(this.store).set(key, String(value)));
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    return this.commit(next);
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService {
  constructor(private readonly exec: Execution) {}

  private wrap(store: Map<string, string>): FakeProperties {
    return counted(this.exec, "Properties", new FakeProperties(store));
  }
  getDocumentProperties(): FakeProperties {
    return this.wrap(this.exec.workbook.documentProperties);
  }
  getScriptProperties(): FakeProperties {
    return this.wrap(this.exec.workbook.scriptProperties);
  }
  /** One store per person, kept with the workbook so that two globals of the same user share it. */
  getUserProperties(): FakeProperties {
    const stores = this.exec.workbook.userProperties;
    let store = stores.get(this.exec.user);
    if (!store) stores.set(this.exec.user, (store = new Map()));
    return this.wrap(store);
  }
}
