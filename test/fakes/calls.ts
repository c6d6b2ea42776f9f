import type { SimClock } from "./clock";

/** Counts every service call, in total and per `Class.method` (e.g. `Range.setValues`). */
export class CallCounter {
  total = 0;
  readonly byMethod = new Map<string, number>();

  record(name: string): void {
    this.total++;
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.byMethod.get(name) ?? 0;
  }

  /** Counts as a plain object, sorted by name: handy in `toEqual` assertions. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byMethod].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.total = 0;
    this.byMethod.clear();
  }
}

export interface Meter {
  calls: CallCounter;
  clock: SimClock;
  /** Refuses a call before it is made (authorisation mode); throws to refuse. */
  guard?(name: string): void;
}

/**
 * Wraps a fake so that each method call through it is counted and costs simulated time. Calls
 * that fakes make on their own objects (`this`) are not counted: only what the add-on calls.
 * A method that returns its own object (chaining) returns the wrapper.
 */
export function counted<T extends object>(meter: Meter, className: string, target: T, cells = 0): T {
  const proxy: T = new Proxy(target, {
    get(obj, key) {
      const value = Reflect.get(obj, key, obj) as unknown;
      if (typeof value !== "function" || typeof key !== "string" || key === "constructor" || key === "toString") return value;
      return (...args: unknown[]) => {
        const name = `${className}.${key}`;
        meter.guard?.(name);
        meter.calls.record(name);
        meter.clock.advance(meter.clock.costPerCallMs + meter.clock.costPerCellMs * cells);
        meter.clock.checkLimit();
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
