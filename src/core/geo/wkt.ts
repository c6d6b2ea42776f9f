/**
 * A small WKT reader for the geometries a working sheet holds: POINT (a parking), LINESTRING and
 * MULTILINESTRING (a route). Hand-written because the errors are what matter here: where the
 * text goes wrong and what was expected there, as data that the messages module turns into
 * French. The npm readers (`wellknown`, `wkx`, `@terraformer/wkt`) return null or throw an
 * English message without a position, and bring GeoJSON, WKB or Buffer code we do not need.
 */

/** Longitude, latitude, then an optional elevation and measure (EPSG:4326 axis order of WKT). */
export type Position = readonly number[];

export type WktGeometry =
  | { readonly type: "Point"; readonly coordinates: Position }
  | { readonly type: "LineString"; readonly coordinates: readonly Position[] }
  | { readonly type: "MultiLineString"; readonly coordinates: readonly (readonly Position[])[] };

export type WktErrorReason =
  /** Blank text or `EMPTY`: no coordinates at all. */
  | "empty"
  /** A keyword other than POINT, LINESTRING, MULTILINESTRING. */
  | "unknown-type"
  /** `(` was expected. */
  | "missing-paren"
  /** A position needs two to four numbers separated by spaces (`POINT(3.1, 45.7)`). */
  | "bad-position"
  /** `,` or `)` was expected after a position or a part. */
  | "unexpected"
  /** Text after the closing parenthesis. */
  | "trailing"
  /** Positions with different numbers of coordinates. */
  | "mixed-dimensions";

export interface WktError {
  readonly reason: WktErrorReason;
  /** 0-based index in the text where reading stopped. */
  readonly at: number;
  /** What stands there: a character, a keyword, or "" at the end of the text. */
  readonly found: string;
}

export type WktResult = { readonly ok: true; readonly geometry: WktGeometry } | { readonly ok: false; readonly error: WktError };

const TYPES: Readonly<Record<string, WktGeometry["type"]>> = {
  POINT: "Point",
  LINESTRING: "LineString",
  MULTILINESTRING: "MultiLineString",
};

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z]+/y;

class Failure {
  constructor(readonly error: WktError) {}
}

class Reader {
  private pos = 0;
  private dimension = 0;

  constructor(private readonly text: string) {}

  fail(reason: WktErrorReason): never {
    this.skipSpaces();
    throw new Failure({ reason, at: this.pos, found: this.text.charAt(this.pos) });
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text.charAt(this.pos))) this.pos++;
  }

  word(): string {
    this.skipSpaces();
    WORD.lastIndex = this.pos;
    const m = WORD.exec(this.text);
    if (!m) return "";
    this.pos += m[0].length;
    return m[0].toUpperCase();
  }

  /** Consumes `char` (after spaces) when it is there. */
  take(char: string): boolean {
    this.skipSpaces();
    if (this.text.charAt(this.pos) !== char) return false;
    this.pos++;
    return true;
  }

  expect(char: string, reason: WktErrorReason): void {
    if (!this.take(char)) this.fail(reason);
  }

  atEnd(): boolean {
    this.skipSpaces();
    return this.pos >= this.text.length;
  }

  private number(): number | undefined {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  position(): Position {
    this.skipSpaces();
    const start = this.pos;
    const values: number[] = [];
    for (;;) {
      const n = this.number();
      if (n === undefined) break;
      values.push(n);
      const before = this.pos;
      this.skipSpaces();
      // Numbers of one position are separated by spaces only; anything else ends the position.
      if (this.pos === before) break;
    }
    if (values.length < 2 || values.length > 4) {
      if (values.length === 0) this.pos = start;
      this.fail("bad-position");
    }
    if (this.dimension === 0) this.dimension = values.length;
    else if (values.length !== this.dimension) {
      this.pos = start;
      this.fail("mixed-dimensions");
    }
    return values;
  }

  /** `(x y, x y, ...)` */
  positions(): Position[] {
    this.expect("(", "missing-paren");
    const list = [this.position()];
    while (this.take(",")) list.push(this.position());
    this.expect(")", "unexpected");
    return list;
  }

  readTagDimension(): void {
    const save = this.pos;
    const tag = this.word();
    if (tag === "Z" || tag === "M") this.dimension = 3;
    else if (tag === "ZM") this.dimension = 4;
    else if (tag === "EMPTY") {
      this.pos = save;
      this.fail("empty");
    } else this.pos = save;
  }
}

function readGeometry(reader: Reader, text: string): WktGeometry {
  if (reader.atEnd()) reader.fail("empty");
  const start = text.length - text.replace(/^\s+/, "").length;
  const keyword = reader.word();
  const type = TYPES[keyword];
  if (type === undefined) throw new Failure({ reason: "unknown-type", at: start, found: keyword || text.charAt(start) });
  reader.readTagDimension();
  let geometry: WktGeometry;
  if (type === "Point") {
    reader.expect("(", "missing-paren");
    const coordinates = reader.position();
    reader.expect(")", "unexpected");
    geometry = { type, coordinates };
  } else if (type === "LineString") {
    geometry = { type, coordinates: reader.positions() };
  } else {
    reader.expect("(", "missing-paren");
    const parts = [reader.positions()];
    while (reader.take(",")) parts.push(reader.positions());
    reader.expect(")", "unexpected");
    geometry = { type, coordinates: parts };
  }
  if (!reader.atEnd()) reader.fail("trailing");
  return geometry;
}

/** Reads a WKT POINT, LINESTRING or MULTILINESTRING; never throws. */
export function parseWkt(text: string): WktResult {
  const reader = new Reader(text);
  try {
    return { ok: true, geometry: readGeometry(reader, text) };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}
