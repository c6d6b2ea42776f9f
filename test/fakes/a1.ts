// A1 notation: column letters, cell and range references, as Sheets spells them.

export interface GridRect {
  sheetName: string | null;
  row: number;
  col: number;
  /** null when the reference runs to the end of the sheet (`A:C`, `2:5`). */
  numRows: number | null;
  numCols: number | null;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Notation(row: number, col: number, numRows: number, numCols: number): string {
  const start = columnLetters(col) + row;
  return numRows === 1 && numCols === 1 ? start : `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses `A1`, `B2:D9`, `A:C`, `2:5`, `Feuille!A1`, `'Ma feuille'!A1:B2`; null when invalid. */
export function parseA1(ref: string): GridRect | null {
  let sheetName: string | null = null;
  let body = ref.trim();
  const bang = body.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = body.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    body = body.slice(bang + 1);
  }
  const [first, second = first] = body.split(":");
  const a = PART.exec(first ?? "");
  const b = PART.exec(second);
  if (!a || !b || body.split(":").length > 2) return null;
  const [, c1 = "", r1 = ""] = a;
  const [, c2 = "", r2 = ""] = b;
  if ((!c1 && !r1) || (!c2 && !r2)) return null;
  if ((c1 === "") !== (c2 === "") || (r1 === "") !== (r2 === "")) return null;
  const row = r1 ? Math.min(+r1, +r2) : 1;
  const col = c1 ? Math.min(columnNumber(c1), columnNumber(c2)) : 1;
  return {
    sheetName,
    row,
    col,
    numRows: r1 ? Math.abs(+r2 - +r1) + 1 : null,
    numCols: c1 ? Math.abs(columnNumber(c2) - columnNumber(c1)) + 1 : null,
  };
}
