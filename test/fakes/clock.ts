// Simulated clock. Loaded code sees it through the `Date` global that createGasGlobals provides:
// `Date.now()` and `new Date()` read the clock, `new Date(args)` and every static work as usual,
// and the Dates made are ordinary Dates of the host realm (so `instanceof Date` still holds).

export const EXECUTION_LIMIT_MESSAGE = "Exceeded maximum execution time";

export interface ClockOptions {
  /** Start of the simulated time (default 2021-06-21T08:00:00Z). */
  start?: number | Date;
  /** Added to the clock by every counted service call (default 1 ms). */
  costPerCallMs?: number;
  /** Added per cell of the range by every counted Range call (default 0). */
  costPerCellMs?: number;
  /** Calls throw "Exceeded maximum execution time" past this (default 6 minutes; Infinity for none). */
  executionLimitMs?: number;
}

export class SimClock {
  private time: number;
  private executionStart: number;
  readonly costPerCallMs: number;
  readonly costPerCellMs: number;
  readonly executionLimitMs: number;

  constructor(options: ClockOptions = {}) {
    this.time = options.start === undefined ? Date.UTC(2021, 5, 21, 8) : +options.start;
    this.executionStart = this.time;
    this.costPerCallMs = options.costPerCallMs ?? 1;
    this.costPerCellMs = options.costPerCellMs ?? 0;
    this.executionLimitMs = options.executionLimitMs ?? 6 * 60_000;
  }

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /** A new server execution (a menu click, a google.script.run call): the 6-minute budget restarts. */
  startExecution(): void {
    this.executionStart = this.time;
  }

  elapsedMs(): number {
    return this.time - this.executionStart;
  }

  /** Throws as Apps Script does once the execution has run out of time. */
  checkLimit(): void {
    if (this.elapsedMs() > this.executionLimitMs) throw new Error(EXECUTION_LIMIT_MESSAGE);
  }
}

/** A `Date` for the loaded code whose current time is the simulated clock. */
export function clockedDate(clock: SimClock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(clock.now()) : new (target as unknown as new (...a: unknown[]) => Date)(...args);
    },
    apply() {
      // Date() called as a function returns the current time as a string.
      return new Date(clock.now()).toString();
    },
    get(target, key, receiver) {
      return key === "now" ? () => clock.now() : Reflect.get(target, key, receiver);
    },
  });
}
