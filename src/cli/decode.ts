/**
 * Bytes of a file as text. Spreadsheets on French Windows write "CSV" in Windows-1252, "CSV UTF-8"
 * with a byte-order mark, and other tools plain UTF-8: bytes that are not valid UTF-8 can only
 * be the Windows code page, which decodes any byte.
 */

export type Encoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

export interface Decoded {
  /** Without its byte-order mark. */
  readonly text: string;
  readonly encoding: Encoding;
  readonly bom: boolean;
}

/**
 * Windows-1252 characters of bytes 0x80–0x9F (€, ’, œ, …), where it differs from Latin-1.
 * Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters
 * (nodejs/node#56542), and French sheets are full of `€` and curly apostrophes. Undefined bytes
 * keep their control character, as in the WHATWG table.
 */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  // Excel's "Texte Unicode" is UTF-16 with a mark; without one, UTF-16 is taken for binary (NULs).
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8", bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252", bom: false };
  }
}
