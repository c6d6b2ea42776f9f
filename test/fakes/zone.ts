// Wall-clock time in an IANA time zone, through Node's Intl (historical offsets included, so
// 1899-12-30 in Europe/Paris carries the local mean time offset, as in Apps Script).

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      era: "short",
    });
    formats.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function wallTime(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
  };
}

/** Offset of the zone from UTC at that instant, in ms (Paris in summer: +7 200 000). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const w = wallTime(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - epochMs;
}

/** The instant at which the zone's clocks show that wall time. */
export function zonedInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Twice: the offset at the first estimate may differ across a DST change.
  const estimate = guess - zoneOffsetMs(guess, timeZone);
  return guess - zoneOffsetMs(estimate, timeZone);
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets stores dates as days since 1899-12-30 in the spreadsheet's wall-clock time. */
export function dateToSerial(epochMs: number, timeZone: string): number {
  const w = wallTime(epochMs, timeZone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - SERIAL_EPOCH) / DAY_MS;
}

export function serialToWallTime(serial: number): WallTime {
  const d = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function serialToEpoch(serial: number, timeZone: string): number {
  const w = serialToWallTime(serial);
  return zonedInstant(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond, timeZone);
}

export function wallToSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - SERIAL_EPOCH) / DAY_MS;
}

/** Dates may come from another realm (gas-local's vm): never use instanceof. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}
