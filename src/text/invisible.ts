/**
 * Characters a reader never sees and digits written in other forms. Text
 * pasted from a word processor, a CMS or a PDF carries zero-width spaces
 * and joiners, soft hyphens and direction marks inside words and numbers;
 * read as they are, they split "2 200" into "2" and "200", or hide a year
 * or a name from the patterns. Fullwidth and mathematical digits look like
 * digits and are read as digits.
 */

/**
 * Zero-width space, non-joiner and joiner (U+200B-200D), the word joiner
 * and the invisible operators (U+2060-2064), a byte order mark inside the
 * text (U+FEFF), the soft hyphen (U+00AD), the Mongolian vowel separator
 * (U+180E) and the bidirectional controls: marks (U+200E, U+200F, U+061C),
 * embeddings and overrides (U+202A-202E), isolates (U+2066-2069).
 */
export function isInvisible(c: number): boolean {
  if (c < 0xad) return false;
  return (
    c === 0xad || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
  );
}

/** The ASCII digit (as a UTF-16 code) that a fullwidth digit (U+FF10-FF19) stands for, or -1. */
export function fullwidthDigit(c: number): number {
  return c >= 0xff10 && c <= 0xff19 ? c - 0xff10 + 48 : -1;
}

/**
 * The ASCII digit that a mathematical digit (U+1D7CE-1D7FF: bold, double-struck,
 * sans-serif, monospace, five runs of 0-9) stands for, given its two UTF-16
 * units, or -1. All of them have the high surrogate U+D835.
 */
export function mathematicalDigit(high: number, low: number): number {
  if (high !== 0xd835 || low < 0xdfce || low > 0xdfff) return -1;
  return ((low - 0xdfce) % 10) + 48;
}
