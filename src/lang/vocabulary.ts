/**
 * The figure words of every pack, merged: the readers of figures do not
 * ask which language a sentence is in, since an English article quotes
 * "2,3 milliards" and a French one "€2bn". A third language is one more
 * pack here. Tables are built without a prototype, so a word such as
 * "constructor" is in none of them.
 */
import type { Qualifier } from '../types.js';
import { PACKS } from './index.js';
import type { Phrase } from './pack.js';
import { SCALED_CURRENCIES as SCALED, SHORT_SCALES, SYMBOL_CURRENCIES, SYMBOL_QUALIFIERS } from './symbols.js';

const packs = Object.values(PACKS).map((p) => p.figures);

function merged<T>(...tables: Record<string, T>[]): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, ...tables);
}

/** Number words that add their value, every language's: "cinq ans plus tôt", "five years ago" (whole figures read their own language's, in number-words.ts). */
export const NUMBER_WORDS = merged(...packs.map((f) => f.numbers.additive));

/** Multipliers written after a number: "275 millions", "€2bn", "1,2 Md€". */
export const SCALES = merged(SHORT_SCALES, ...packs.map((f) => f.scales));
/** Scales that may also qualify a count ("3 millions de clients"); short forms like "m" or "k" may not. */
export const COUNT_SCALES = new Set(packs.flatMap((f) => f.countScales));
export const SCALED_CURRENCIES = merged(SCALED);
/** Currency tokens, written before or after the number. */
export const CURRENCIES = merged(SYMBOL_CURRENCIES, ...packs.map((f) => f.currencies));
/** Qualifiers written before a figure, as folded token sequences. */
export const QUALIFIERS: [Phrase, Qualifier][] = [...packs.flatMap((f) => f.qualifiers), ...SYMBOL_QUALIFIERS];
export const MONTHS = merged(...packs.map((f) => f.months));
/** Verbs before "de" / "from" that make "de 400 à 500" a change from one figure to another, not a range. */
export const CHANGES_FROM = new Set(packs.flatMap((f) => f.changesFrom));
