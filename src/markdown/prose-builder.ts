/**
 * The text a reader reads, built one UTF-16 unit at a time, each unit with
 * the source offset it stands for. Typed arrays keep a 10 MB article at a
 * few bytes per character and let a block's text be cut into sentences
 * without copying strings twice.
 */

/** One read block: its text and, for each unit, a source offset. */
export interface ProseText {
  text: string;
  offsets: Int32Array;
  /** Source end of each unit, when some unit stands for more than one source unit (see clean-prose.ts); else each ends one unit after its offset. */
  ends?: Int32Array;
}

/** Stands in for anything that is not prose (code, HTML, images, URLs). */
export const OBJECT = 0xfffc;
export const SPACE = 0x20;

export class ProseBuilder {
  private codes: Uint16Array;
  private offs: Int32Array;
  length = 0;

  /** `capacity`: units held before the arrays grow; a block is rarely longer than its article, so sized to the article they seldom do. */
  constructor(capacity = 256) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.offs = new Int32Array(this.codes.length);
  }

  push(code: number, offset: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.offs[this.length] = offset;
    this.length++;
  }

  /** Offset of the last unit pushed, or `fallback` when there is none. */
  lastOffset(fallback: number): number {
    return this.length > 0 ? this.offs[this.length - 1] : fallback;
  }

  /** Appends the units [from, to) of another text. */
  append(other: ProseText, from = 0, to = other.text.length): void {
    for (let i = from; i < to; i++) this.push(other.text.charCodeAt(i), other.offsets[i]);
  }

  /** The text so far, copied out; the builder is emptied for the next block. */
  take(): ProseText {
    const text = unitsToString(this.codes, this.length);
    const offsets = this.offs.slice(0, this.length);
    this.length = 0;
    return { text, offsets };
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
    const offs = new Int32Array(this.offs.length * 2);
    offs.set(this.offs);
    this.offs = offs;
  }
}

/** String.fromCharCode in slices, so a huge block cannot overflow the call stack. */
function unitsToString(codes: Uint16Array, length: number): string {
  const SLICE = 8192;
  let out = '';
  for (let i = 0; i < length; i += SLICE) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + SLICE)) as unknown as number[]);
  }
  return out;
}
