/**
 * The text a reader reads, as the patterns must see it: composed (NFC), so
 * that "Acme\u0301" typed on one keyboard is the "Acmé" the facts declare;
 * without the invisible characters that split figures and names; with
 * fullwidth and mathematical digits read as digits. Each unit keeps the
 * source offset of the first character it was read from, and `ends` gives
 * the source end of a unit that stands for more than one source unit (a
 * composed letter, a digit written as a surrogate pair), so that a finding
 * points at the figure as it is written in the file. One pass, linear in
 * the text; a block with nothing to clean is returned as it is.
 */
import { fullwidthDigit, isInvisible, mathematicalDigit } from '../text/invisible.js';
import type { ProseText } from './prose-builder.js';

const MARK = /^\p{M}$/u;

export function cleanProse(block: ProseText): ProseText {
  const { text, offsets } = block;
  const n = text.length;
  let special = false;
  for (let i = 0; i < n && !special; i++) {
    const c = text.charCodeAt(i);
    special = c >= 0xad && (isInvisible(c) || fullwidthDigit(c) >= 0 || c === 0xd835);
  }
  // Already composed (the native check is quick): most blocks, accents, quotes and dashes included, stop here.
  if (!special && text.normalize('NFC') === text) return block;
  const out = new Units(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xad && isInvisible(c)) continue;
    const math = c === 0xd835 && i + 1 < n ? mathematicalDigit(c, text.charCodeAt(i + 1)) : -1;
    if (math >= 0) {
      out.push(math, offsets[i], endOf(block, ++i));
      continue;
    }
    const wide = fullwidthDigit(c);
    out.push(wide >= 0 ? wide : c, offsets[i], endOf(block, i));
  }
  return compose(out);
}

/** A short text with no positions to keep (an article's title), cleaned the same way. */
export function cleanString(text: string): string {
  return cleanProse({ text, offsets: new Int32Array(text.length) }).text;
}

function endOf(block: ProseText, i: number): number {
  return block.ends ? block.ends[i] : block.offsets[i] + 1;
}

/** NFC, one base character and its combining marks at a time, so every composed unit knows where it came from. */
function compose(units: Units): ProseText {
  const text = units.text();
  if (text.normalize('NFC') === text) return units.take(text);
  const out = new Units(text.length);
  for (let i = 0; i < text.length; ) {
    const from = i;
    i += unitsAt(text, i);
    while (i < text.length && composesWithPrevious(text, i)) i += unitsAt(text, i);
    if (i - from === 1 && text.charCodeAt(from) < 0x300) {
      out.push(text.charCodeAt(from), units.offs[from], units.ends[from]);
      continue;
    }
    const segment = text.slice(from, i);
    const nfc = composed(segment);
    for (let k = 0; k < nfc.length; k++) {
      if (nfc === segment) out.push(nfc.charCodeAt(k), units.offs[from + k], units.ends[from + k]);
      else out.push(nfc.charCodeAt(k), units.offs[from], units.ends[i - 1]);
    }
  }
  return out.take(out.text());
}

/** The same few letters and accents come back all through a decomposed article: each is composed once. */
const COMPOSED = new Map<string, string>();

function composed(segment: string): string {
  let nfc = COMPOSED.get(segment);
  if (nfc === undefined) {
    nfc = segment.normalize('NFC');
    if (COMPOSED.size < 4096) COMPOSED.set(segment, nfc);
  }
  return nfc;
}

/** Units with their source start and end, in typed arrays that grow (NFC may lengthen a text a little). */
class Units {
  codes: Uint16Array;
  offs: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.offs = new Int32Array(this.codes.length);
    this.ends = new Int32Array(this.codes.length);
  }

  push(code: number, offset: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.offs[this.length] = offset;
    this.ends[this.length] = end;
    this.length++;
  }

  /** String.fromCharCode in slices, so a huge block cannot overflow the call stack. */
  text(): string {
    let text = '';
    for (let i = 0; i < this.length; i += 8192) {
      text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]);
    }
    return text;
  }

  /** `ends` only when some unit stands for more than one source unit: most blocks need none. */
  take(text: string): ProseText {
    const offsets = this.offs.slice(0, this.length);
    for (let i = 0; i < this.length; i++) {
      if (this.ends[i] !== this.offs[i] + 1) return { text, offsets, ends: this.ends.slice(0, this.length) };
    }
    return { text, offsets };
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    const offs = new Int32Array(size);
    offs.set(this.offs);
    this.offs = offs;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}

function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** A character that composes with the one before it: a combining mark, or a Hangul vowel or final consonant jamo. */
function composesWithPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if (c <= 0x36f || (c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return true;
  return MARK.test(text.slice(i, i + unitsAt(text, i)));
}
