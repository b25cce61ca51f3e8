/**
 * A text node's `value` is not always its source slice: remark drops
 * backslashes of escapes, decodes `&amp;` and `&#233;`, and strips the
 * `> ` or indentation that starts each continuation line inside a
 * blockquote or list item. Walking value and source together, in one pass,
 * gives every unit of the value the offset of the character it was read
 * from, so a figure is reported where it is written.
 */
import { type ProseBuilder, SPACE } from './prose-builder.js';

const LF = 10;
const CR = 13;
const TAB = 9;
const GT = 62;
const AMP = 38;
const BACKSLASH = 92;

/**
 * Appends `value` to `out`, reading it against `source[start, end)`. Line
 * endings become one space whose offset is the source line break.
 */
export function appendAligned(value: string, source: string, start: number, end: number, out: ProseBuilder): void {
  let j = start;
  let last = start;
  const n = value.length;
  for (let i = 0; i < n; ) {
    const c = value.charCodeAt(i);
    if (c === LF || c === CR) {
      let k = j;
      while (k < end && (source.charCodeAt(k) === SPACE || source.charCodeAt(k) === TAB)) k++;
      const s = source.charCodeAt(k);
      if (k < end && (s === LF || s === CR)) {
        last = k;
        j = k + (s === CR && source.charCodeAt(k + 1) === LF ? 2 : 1);
      }
      out.push(SPACE, last);
      i += c === CR && value.charCodeAt(i + 1) === LF ? 2 : 1;
      continue;
    }
    if (j < end) {
      const s = source.charCodeAt(j);
      if (s === BACKSLASH && j + 1 < end && source.charCodeAt(j + 1) === c && isAsciiPunctuation(c)) {
        out.push(c, j + 1);
        last = j + 1;
        i++;
        j += 2;
        continue;
      }
      if (s === AMP) {
        const refEnd = referenceEnd(source, j, end);
        if (refEnd > 0 && !sameAt(value, i, source, j, refEnd)) {
          const units = decodedLength(source, j, refEnd, value, i);
          for (let k = 0; k < units && i < n; k++) out.push(value.charCodeAt(i++), j);
          last = j;
          j = refEnd;
          continue;
        }
      }
      if (s === c) {
        out.push(c, j);
        last = j;
        i++;
        j++;
        continue;
      }
      // Container prefixes and indentation that the value does not carry.
      if (s === SPACE || s === TAB || s === GT) {
        j++;
        continue;
      }
    }
    out.push(c, last);
    i++;
  }
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** End (after `;`) of a character reference starting at `at`, or 0. */
function referenceEnd(source: string, at: number, end: number): number {
  let k = at + 1;
  const limit = Math.min(end, at + 34);
  if (source.charCodeAt(k) === 35 /* # */) {
    k++;
    const hex = source.charCodeAt(k) === 120 || source.charCodeAt(k) === 88;
    if (hex) k++;
    const digitsFrom = k;
    while (k < limit && (hex ? isHexDigit(source.charCodeAt(k)) : isDigit(source.charCodeAt(k)))) k++;
    if (k === digitsFrom || k - digitsFrom > (hex ? 6 : 7)) return 0;
  } else {
    const nameFrom = k;
    while (k < limit && (isDigit(source.charCodeAt(k)) || isLetter(source.charCodeAt(k)))) k++;
    if (k === nameFrom) return 0;
  }
  return k < limit && source.charCodeAt(k) === 59 /* ; */ ? k + 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function sameAt(value: string, i: number, source: string, from: number, to: number): boolean {
  if (i + (to - from) > value.length) return false;
  for (let k = from; k < to; k++) if (value.charCodeAt(i + k - from) !== source.charCodeAt(k)) return false;
  return true;
}

/** How many UTF-16 units remark decoded the reference `source[from, to)` into. */
function decodedLength(source: string, from: number, to: number, value: string, i: number): number {
  if (source.charCodeAt(from + 1) === 35) {
    const hex = source.charCodeAt(from + 2) === 120 || source.charCodeAt(from + 2) === 88;
    const cp = parseInt(source.slice(from + (hex ? 3 : 2), to - 1), hex ? 16 : 10);
    return cp > 0xffff && cp <= 0x10ffff ? 2 : 1;
  }
  const first = value.charCodeAt(i);
  if (first >= 0xd800 && first <= 0xdbff) return 2;
  const second = value.charCodeAt(i + 1);
  // A few named references decode to a character and a combining mark.
  const combining = (second >= 0x300 && second <= 0x36f) || (second >= 0x20d0 && second <= 0x20ff) || (second >= 0xfe00 && second <= 0xfe0f);
  return combining && source.charCodeAt(to) !== second ? 2 : 1;
}
