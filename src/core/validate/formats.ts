/**
 * Formats of Table Schema and JSON Schema strings. Email, URI, UUID and date follow the
 * expressions of ajv-formats ("full" mode), the reference for the randonnée JSON Schema, so that
 * the sheet and the exported GeoJSON are judged alike.
 */

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/**
 * An absolute URI (RFC 3986: a scheme, then no space); for web schemes an authority with a host
 * is required as well, which is what people mean by a link (`www.x.fr/a.pdf` has no scheme).
 */
const URI = /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]+$/i;
const WEB = /^(?:https?|ftp):\/\/[^/?#\s]+/i;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export function isUri(text: string): boolean {
  if (!URI.test(text)) return false;
  return !/^(?:https?|ftp):/i.test(text) || WEB.test(text);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export type DateCheck = "ok" | "format" | "impossible";

/** YYYY-MM-DD, and a day that exists (2020-13-03 and 2021-02-29 do not). */
export function checkIsoDate(text: string): DateCheck {
  const m = DATE.exec(text);
  if (!m) return "format";
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return "impossible";
  const last = month === 2 && isLeapYear(year) ? 29 : DAYS[month];
  return day <= last ? "ok" : "impossible";
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

/** HH:MM:SS on a 24-hour clock, the Table Schema default. */
export function isIsoTime(text: string): boolean {
  return TIME.test(text);
}

const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** YYYY-MM-DDTHH:MM:SS with an optional fraction and zone (frictionless reads ISO 8601). */
export function isIsoDatetime(text: string): boolean {
  const m = DATETIME.exec(text);
  return m !== null && checkIsoDate(m[1]) === "ok" && isIsoTime(m[2]);
}
