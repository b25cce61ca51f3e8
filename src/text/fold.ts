/**
 * Case- and accent-insensitive comparison keys. Folding keeps one output
 * character per input UTF-16 unit, so an index found in folded text is the
 * same index in the original: alias matches and slots map back to exact
 * source positions without a second lookup table. A letter of another
 * alphabet that looks like a Latin one folds to that Latin letter
 * (confusables.ts), so a name written with one is still matched.
 */
import { lookalikeOf } from './confusables.js';

const APOSTROPHES = /[\u2019\u2018\u02bc\u2032`]/;
const SPACES = /[\s\u00a0\u202f\u2007\u2009]/;

const cache = new Map<string, string>();

/** Folds one UTF-16 unit: lowercase, without diacritics, apostrophes and spaces unified, Latin lookalikes made Latin. */
export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const lookalike = lookalikeOf(ch.charCodeAt(0));
  if (lookalike) out = lookalike.latin;
  else if (APOSTROPHES.test(ch)) out = "'";
  else if (SPACES.test(ch)) out = ' ';
  else {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Folds a string unit by unit; the result has the same length as the input.
 * The native lowercase does the ASCII work; only non-ASCII units go through
 * foldChar (unless lowercasing changed the length, as "İ" does).
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // The unit as written is folded, not its lowercase: a Cyrillic "Н" looks like an H, its lowercase "н" like nothing Latin.
  if (lower.length === text.length) return lower.replace(NON_ASCII, (_, i: number) => foldChar(text[i]));
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Folds a name for lookups: folded, trimmed, inner whitespace collapsed. */
export function foldKey(text: string): string {
  return foldText(text.trim()).replace(/ +/g, ' ');
}

/** True for characters that can be part of a word (letters, marks, digits). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{Nd}]/u.test(ch);
}
