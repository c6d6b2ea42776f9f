// Utilities (formatDate with real time zones, sleep on the simulated clock), Session, Logger.
import type { Execution } from "./context";
import { isDate, wallTime, zoneOffsetMs } from "./zone";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

function offset(ms: number, colon: boolean): string {
  const minutes = Math.round(ms / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60), 2)}${colon ? ":" : ""}${pad(Math.abs(minutes) % 60, 2)}`;
}

/** Java SimpleDateFormat patterns, as Utilities.formatDate takes them. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date) || Number.isNaN(date.getTime())) throw new Error("Invalid argument: date");
  const ms = date.getTime();
  const w = wallTime(ms, timeZone);
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined, letter: string | undefined) => {
    if (quoted !== undefined) return quoted === "" ? "'" : quoted;
    const n = token.length;
    switch (letter) {
      case "y":
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case "M":
        return n >= 4 ? (MONTHS[w.month - 1] ?? "") : n === 3 ? (MONTHS[w.month - 1] ?? "").slice(0, 3) : pad(w.month, n);
      case "d":
        return pad(w.day, n);
      case "H":
        return pad(w.hour, n);
      case "h":
        return pad(w.hour % 12 || 12, n);
      case "m":
        return pad(w.minute, n);
      case "s":
        return pad(w.second, n);
      case "S":
        return pad(w.millisecond, n);
      case "E":
        return n >= 4 ? (DAYS[w.weekday] ?? "") : (DAYS[w.weekday] ?? "").slice(0, 3);
      case "a":
        return w.hour < 12 ? "AM" : "PM";
      case "Z":
        return offset(zoneOffsetMs(ms, timeZone), false);
      case "X":
        return offset(zoneOffsetMs(ms, timeZone), n >= 3);
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  });
}

export class FakeUtilities {
  private uuids = 0;
  constructor(private readonly exec: Execution) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  /** Spends simulated time only; Apps Script caps a sleep at 5 minutes. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) throw new Error("Invalid argument: milliseconds");
    this.exec.clock.advance(milliseconds);
    this.exec.clock.checkLimit();
  }
  /** Deterministic, so that tests can expect them. */
  getUuid(): string {
    this.uuids++;
    return `00000000-0000-4000-8000-${pad(this.exec.id * 1_000_000 + this.uuids, 12)}`;
  }
}

export class FakeSession {
  constructor(
    private readonly exec: Execution,
    private readonly scriptTimeZone: string,
  ) {}
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.exec.workbook.locale.slice(0, 2);
  }
  getActiveUser() {
    const email = this.exec.user;
    return { getEmail: () => email };
  }
  getEffectiveUser() {
    return this.getActiveUser();
  }
  /** Stable per person and script, opaque, as documented. */
  getTemporaryActiveUserKey(): string {
    return Buffer.from(`${this.exec.user}@${this.exec.workbook.id}`).toString("base64").replace(/=+$/, "");
  }
}

/** Logger and console write to the execution's log, not to the test's output. */
export function loggers(exec: Execution) {
  const record = (...args: unknown[]) => void exec.logs.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
  return {
    Logger: {
      log: (...args: unknown[]) => {
        record(...args);
        return undefined;
      },
      getLog: () => exec.logs.join("\n"),
      clear: () => void exec.logs.splice(0),
    },
    console: { log: record, info: record, warn: record, error: record, debug: record, time: () => {}, timeEnd: () => {} },
  };
}
