// A deliberately small formula evaluator: literals, + - * / &, parentheses, A1 references and
// ranges (optionally `Feuille!`), and SUM, AVERAGE, UPPER, LOWER, TRIM, LEN, CONCATENATE.
// Anything else is "#NAME?", as Sheets shows for an unknown function. Tests may replace it.
import { parseA1 } from "./a1";
import type { Stored } from "./convert";

export interface FormulaContext {
  /** Computed value of a cell (formula cells evaluated in turn); "" when empty. */
  cell(sheetName: string | null, row: number, col: number): Stored;
  /** Last used row and column of a sheet, to bound whole-column references. */
  extent(sheetName: string | null): { rows: number; cols: number };
}

export type FormulaEvaluator = (formula: string, ctx: FormulaContext) => Stored;

class FormulaError extends Error {}

type Value = Stored | Stored[];

const FUNCTIONS: Record<string, (args: Value[]) => Stored> = {
  SUM: (args) => flat(args).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0),
  AVERAGE: (args) => {
    const nums = flat(args).filter((v): v is number => typeof v === "number");
    if (!nums.length) throw new FormulaError("#DIV/0!");
    return nums.reduce((s, v) => s + v, 0) / nums.length;
  },
  UPPER: (args) => text(one(args)).toUpperCase(),
  LOWER: (args) => text(one(args)).toLowerCase(),
  TRIM: (args) => text(one(args)).trim().replace(/ +/g, " "),
  LEN: (args) => text(one(args)).length,
  CONCATENATE: (args) => flat(args).map(text).join(""),
};

function flat(args: Value[]): Stored[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : [a]));
}

function one(args: Value[]): Stored {
  const [a] = args;
  if (args.length !== 1 || a === undefined || Array.isArray(a)) throw new FormulaError("#N/A");
  return a;
}

const ERROR = /^#(NAME\?|DIV\/0!|VALUE!|REF!|N\/A|NUM!|ERROR!|NULL!)$/;

/** An error read from a cell propagates, as in Sheets. */
function propagate(v: Stored): Stored {
  if (typeof v === "string" && ERROR.test(v)) throw new FormulaError(v);
  return v;
}

function text(v: Stored): string {
  propagate(v);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function num(v: Value): number {
  if (Array.isArray(v)) throw new FormulaError("#VALUE!");
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  propagate(v);
  if (v.trim() === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(])|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/&(),=<>]))/y;

interface Tok {
  type: "num" | "str" | "ref" | "name" | "op";
  value: string;
  sheet?: string | null;
}

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError("#ERROR!");
    if (m[1] !== undefined) toks.push({ type: "num", value: m[1] });
    else if (m[2] !== undefined) toks.push({ type: "str", value: m[2].replace(/""/g, '"') });
    else if (m[4] !== undefined) toks.push({ type: "ref", value: m[4], sheet: m[3] ? m[3].slice(0, -1) : null });
    else if (m[5] !== undefined) toks.push({ type: "name", value: m[5].toUpperCase() });
    else toks.push({ type: "op", value: m[6] ?? "" });
  }
  return toks;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly ctx: FormulaContext,
  ) {}

  run(): Value {
    const v = this.concat();
    if (this.i < this.toks.length) throw new FormulaError("#ERROR!");
    return v;
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private eat(op: string): boolean {
    const t = this.peek();
    if (t?.type === "op" && t.value === op) {
      this.i++;
      return true;
    }
    return false;
  }

  private concat(): Value {
    let v = this.additive();
    while (this.eat("&")) v = text(scalar(v)) + text(scalar(this.additive()));
    return v;
  }

  private additive(): Value {
    let v = this.term();
    for (;;) {
      if (this.eat("+")) v = num(v) + num(this.term());
      else if (this.eat("-")) v = num(v) - num(this.term());
      else return v;
    }
  }

  private term(): Value {
    let v = this.unary();
    for (;;) {
      if (this.eat("*")) v = num(v) * num(this.unary());
      else if (this.eat("/")) {
        const d = num(this.unary());
        if (d === 0) throw new FormulaError("#DIV/0!");
        v = num(v) / d;
      } else return v;
    }
  }

  private unary(): Value {
    if (this.eat("-")) return -num(this.unary());
    if (this.eat("+")) return num(this.unary());
    return this.primary();
  }

  private primary(): Value {
    const t = this.toks[this.i++];
    if (!t) throw new FormulaError("#ERROR!");
    if (t.type === "num") return Number(t.value);
    if (t.type === "str") return t.value;
    if (t.type === "ref") return this.reference(t);
    if (t.type === "op" && t.value === "(") {
      const v = this.concat();
      if (!this.eat(")")) throw new FormulaError("#ERROR!");
      return v;
    }
    if (t.type === "name") {
      if (t.value === "TRUE" || t.value === "FALSE") return t.value === "TRUE";
      if (!this.eat("(")) throw new FormulaError("#NAME?");
      const args: Value[] = [];
      if (!this.eat(")")) {
        do args.push(this.concat());
        while (this.eat(","));
        if (!this.eat(")")) throw new FormulaError("#ERROR!");
      }
      const fn = FUNCTIONS[t.value];
      if (!fn) throw new FormulaError("#NAME?");
      return fn(args);
    }
    throw new FormulaError("#ERROR!");
  }

  private reference(t: Tok): Value {
    const sheet = t.sheet ? t.sheet.replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : null;
    const rect = parseA1(t.value.replace(/\$/g, ""));
    if (!rect) throw new FormulaError("#REF!");
    const extent = this.ctx.extent(sheet);
    const numRows = rect.numRows ?? Math.max(0, extent.rows - rect.row + 1);
    const numCols = rect.numCols ?? Math.max(0, extent.cols - rect.col + 1);
    const cells: Stored[] = [];
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) cells.push(this.ctx.cell(sheet, rect.row + r, rect.col + c));
    return numRows === 1 && numCols === 1 ? (cells[0] ?? "") : cells;
  }
}

function scalar(v: Value): Stored {
  if (Array.isArray(v)) throw new FormulaError("#VALUE!");
  return v;
}

export const defaultEvaluator: FormulaEvaluator = (formula, ctx) => {
  try {
    const v = new Parser(lex(formula.replace(/^=/, "")), ctx).run();
    if (Array.isArray(v)) return v[0] ?? "";
    if (typeof v === "number" && !Number.isFinite(v)) return "#NUM!";
    return v;
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
};

/** What a formula that refers to itself, directly or not, computes to. */
export const CIRCULAR = "#REF!";
