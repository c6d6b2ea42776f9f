import { type Cell, isSheetDate, type Table } from "../table";

/**
 * A number as a CSV consumer expects it: a point, no thousands separator, never an exponent
 * (`String(1e21)` is "1e+21", `String(1e-7)` is "1e-7").
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const sign = text[0] === "-" ? "-" : "";
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A cell as CSV text: ISO dates and times (a Sheets time-only cell sits on 1899-12-30). */
export function cellToCsvText(cell: Cell): string {
  if (typeof cell === "number") return plainNumber(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (isSheetDate(cell)) {
    if (cell.time === "00:00:00") return cell.date;
    if (cell.date === "1899-12-30") return cell.time;
    return `${cell.date}T${cell.time}`;
  }
  return cell;
}

// RFC 4180 quotes `,` `"` and line breaks; `;` and tabs are quoted too so that a reader guessing
// the delimiter (ours, or French Excel's `;`) cannot take them for one.
const NEEDS_QUOTES = /[",;\t\r\n]/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV, written by hand (a dozen lines, no dependency): `,` between cells, CRLF after
 * every record as the RFC and Excel expect. Rows are written as they are, ragged or not.
 */
export function writeCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map((cell) => quote(cellToCsvText(cell))).join(","));
  return lines.map((line) => `${line}\r\n`).join("");
}
