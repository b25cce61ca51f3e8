/**
 * How a language writes a figure: numbers in words (as a grammar's
 * vocabulary), scale words, currency words, the qualifiers before a
 * figure, month names and the verbs of a change "from" one figure to
 * another. Each pack fills one; signs and codes that every language
 * shares ("€", "EUR", "bn", "MEUR") are in symbols.ts.
 */
import type { Qualifier } from '../types.js';
import type { Phrase } from './pack.js';

export interface NumberWordTable {
  /** Words that add their value: units, teens and tens ("soixante", "twenty-one"'s "twenty" and "one"). */
  additive: Record<string, number>;
  /** Words that multiply the group before them by a hundred: "cent", "hundred". */
  hundreds: string[];
  /** Words that close a group of thousands: "mille", "thousand". */
  thousands: string[];
  /** Those of them that are a number by themselves: "mille" (but "thousand" needs "a" or "one"). */
  thousandsAlone: string[];
  /** Words that join two number words: "vingt et un", "one hundred and five". */
  joiners: string[];
  /** Tens written as a product, by the tens word and the word it multiplies: "quatre-vingts" is 4 x 20. */
  products: Record<string, string>;
}

export interface FigureWords {
  numbers: NumberWordTable;
  /** Scale words after a number: "millions", "milliard", "billion", "thousand". */
  scales: Record<string, number>;
  /** Scale words that may also qualify a count ("3 millions de clients"). */
  countScales: string[];
  /** Currency words, before or after the number: "euros", "dollars", "livres", "pounds". */
  currencies: Record<string, string>;
  /** Qualifiers written before a figure, as folded token sequences: "plus de", "nearly", "just under". */
  qualifiers: [Phrase, Qualifier][];
  /** Month names and their abbreviations, folded. */
  months: Record<string, number>;
  /** Verbs before "de" / "from" that make "de 400 à 500" a change from one figure to another, not a range. */
  changesFrom: string[];
}
