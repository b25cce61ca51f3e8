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
  let dirty = false;
  for (let i = 0; i < n && !dirty; i++) {
    const c = text.charCodeAt(i);
    dirty = c >= 0xad && (isInvisible(c) || fullwidthDigit(c) >= 0 || c === 0xd835 || c >= 0x300);
  }
  if (!dirty) return block;
  const codes: number[] = [];
  const offs: number[] = [];
  const ends: number[] = [];
  const endOf = (i: number): number => (block.ends ? block.ends[i] : offsets[i] + 1);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    const wide = fullwidthDigit(c);
    const math = i + 1 < n ? mathematicalDigit(c, text.charCodeAt(i + 1)) : -1;
    if (math >= 0) {
      codes.push(math);
      offs.push(offsets[i]);
      ends.push(endOf(++i));
      continue;
    }
    codes.push(wide >= 0 ? wide : c);
    offs.push(offsets[i]);
    ends.push(endOf(i));
  }
  return compose(codes, offs, ends);
}

/** A short text with no positions to keep (an article's title), cleaned the same way. */
export function cleanString(text: string): string {
  return cleanProse({ text, offsets: new Int32Array(text.length) }).text;
}

/** NFC, one base character and its combining marks at a time, so every composed unit knows where it came from. */
function compose(codes: number[], offs: number[], ends: number[]): ProseText {
  const text = fromCodes(codes);
  if (text.normalize('NFC') === text) return withEnds(text, offs, ends);
  const out = { codes: [] as number[], offs: [] as number[], ends: [] as number[] };
  for (let i = 0; i < text.length; ) {
    const from = i;
    i += unitsAt(text, i);
    while (i < text.length && composesWithPrevious(text, i)) i += unitsAt(text, i);
    const segment = text.slice(from, i);
    const nfc = i - from === 1 && codes[from] < 0x300 ? segment : segment.normalize('NFC');
    for (let k = 0; k < nfc.length; k++) {
      out.codes.push(nfc.charCodeAt(k));
      out.offs.push(nfc === segment ? offs[from + k] : offs[from]);
      out.ends.push(nfc === segment ? ends[from + k] : ends[i - 1]);
    }
  }
  return withEnds(fromCodes(out.codes), out.offs, out.ends);
}

/** String.fromCharCode in slices, so a huge block cannot overflow the call stack. */
function fromCodes(codes: number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** `ends` only when some unit stands for more than one source unit: most blocks need none. */
function withEnds(text: string, offs: number[], ends: number[]): ProseText {
  const offsets = Int32Array.from(offs);
  for (let i = 0; i < ends.length; i++) if (ends[i] !== offs[i] + 1) return { text, offsets, ends: Int32Array.from(ends) };
  return { text, offsets };
}

function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** A character that composes with the one before it: a combining mark, or a Hangul vowel or final consonant jamo. */
function composesWithPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return true;
  return MARK.test(text.slice(i, i + unitsAt(text, i)));
}
