// getDisplayValues: a stored value shown through its cell's number format and the locale.
import { PLAIN_TEXT, type Stored } from "./convert";
import { localeRules, type LocaleRules } from "./locale";
import { serialToWallTime, type WallTime } from "./zone";

/** What getNumberFormats returns for a cell nobody formatted (recent Sheets answers "General"). */
export const DEFAULT_NUMBER_FORMAT = "General";

/** Removes quoted text, escapes and [colour] tags, which never make a format a date. */
function bareTokens(format: string): string {
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

export function isDateFormat(format: string): boolean {
  if (format === DEFAULT_NUMBER_FORMAT || format === PLAIN_TEXT || format === "") return false;
  return /[dyhs]/i.test(bareTokens(format).replace(/am\/pm|a\/p/gi, ""));
}

export function displayValue(value: Stored, format: string, locale: string): string {
  const rules = localeRules(locale);
  if (typeof value === "boolean") return value ? rules.trueText : rules.falseText;
  if (typeof value === "string") return value;
  if (isDateFormat(format)) return formatSerial(value, format, rules);
  return formatNumber(value, format, rules);
}

function withDecimal(text: string, rules: LocaleRules): string {
  return text.replace(".", rules.decimal);
}

const GROUP_DISPLAY: Record<string, string> = { ",": "\u202f", ".": "," };

function formatNumber(n: number, format: string, rules: LocaleRules): string {
  const m = /^([#,0]*0)(?:\.([0#]+))?(%?)$/.exec(format);
  if (!m) return withDecimal(String(Number(n.toPrecision(10))), rules);
  const [, int = "", frac = "", percent] = m;
  const v = percent ? n * 100 : n;
  let text = v.toFixed(frac.length);
  if (int.includes(",")) {
    const [i = "", f] = text.split(".");
    const sep = GROUP_DISPLAY[rules.decimal] ?? ",";
    text = i.replace(/\B(?=(\d{3})+$)/g, sep) + (f === undefined ? "" : "." + f);
  }
  return withDecimal(text, rules) + (percent ? "%" : "");
}

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS_FR = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const DAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Token {
  kind: "y" | "m" | "d" | "h" | "s" | "ampm" | "text";
  text: string;
}

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  const re = /"([^"]*)"|\\(.)|(am\/pm|a\/p)|([yYmMdDhHsS])\4*|(.)/gi;
  for (const m of format.matchAll(re)) {
    if (m[1] !== undefined || m[2] !== undefined) tokens.push({ kind: "text", text: m[1] ?? m[2] ?? "" });
    else if (m[3]) tokens.push({ kind: "ampm", text: m[3] });
    else if (m[4]) tokens.push({ kind: m[4].toLowerCase() as Token["kind"], text: m[0] });
    else tokens.push({ kind: "text", text: m[0] });
  }
  return tokens;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Sheets number-format date patterns: `m` means minutes after an hour or before seconds. */
function formatSerial(serial: number, format: string, rules: LocaleRules): string {
  const w: WallTime = serialToWallTime(serial);
  const tokens = tokenize(format);
  const twelve = tokens.some((t) => t.kind === "ampm");
  const fr = rules.decimal === ",";
  const dated = tokens.filter((t) => t.kind !== "text");
  return tokens
    .map((t) => {
      const n = t.text.length;
      const i = dated.indexOf(t);
      switch (t.kind) {
        case "y":
          return n <= 2 ? pad(w.year % 100) : String(w.year);
        case "m": {
          const minutes = dated[i - 1]?.kind === "h" || dated[i + 1]?.kind === "s";
          if (minutes) return n >= 2 ? pad(w.minute) : String(w.minute);
          const name = (fr ? MONTHS_FR : MONTHS_EN)[w.month - 1] ?? "";
          return n >= 4 ? name : n === 3 ? name.slice(0, 3) : n === 2 ? pad(w.month) : String(w.month);
        }
        case "d": {
          const name = (fr ? DAYS_FR : DAYS_EN)[w.weekday] ?? "";
          return n >= 4 ? name : n === 3 ? name.slice(0, 3) : n === 2 ? pad(w.day) : String(w.day);
        }
        case "h": {
          const h = twelve ? w.hour % 12 || 12 : w.hour;
          return n >= 2 ? pad(h) : String(h);
        }
        case "s":
          return n >= 2 ? pad(w.second) : String(w.second);
        case "ampm":
          return w.hour < 12 ? "AM" : "PM";
        default:
          return t.text;
      }
    })
    .join("");
}
