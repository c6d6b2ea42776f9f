import type { Cell } from "../table";
import { cellText } from "../table";

/** Longest value shown in a message by default: a whole web address, not a whole paragraph. */
const MAX_SHOWN = 100;

/** Control characters made visible (U+2400 block), so that a line break cannot hide in a message. */
function showControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x7f) return "\u2421";
    if (code > 0x1f) return "\u21b5";
    return String.fromCharCode(0x2400 + code);
  });
}

/** Cuts at `max` characters without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** A value as messages show it: « quoted », control characters visible, truncated. */
export function quote(value: Cell | string, max = MAX_SHOWN): string {
  return `« ${truncate(showControls(cellText(value)), max)} »`;
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => quote(v)).join(", ");
}

/** Fills `{name}` placeholders; an unknown name is left as written so that a gap shows in tests. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? params[name] : whole));
}
