/**
 * Numbers written in words, read as a grammar rather than a list, in
 * French ("soixante-dix", "soixante et onze", "quatre-vingt-douze",
 * "quatre-vingts", "deux cent mille", "mille deux cents") and English
 * ("twenty-one", "ninety-five", "two hundred thousand", "one hundred and
 * five"). Words join by hyphens, spaces and "et" / "and"; a scale word
 * ("millions") is left to the scales, so "deux millions" is 2 x 1e6.
 */
import type { Token } from '../text/tokenize.js';
import type { Lang } from '../types.js';
import { PACKS } from '../lang/index.js';
import type { NumberWordTable } from '../lang/figure-words.js';

/**
 * A language's number words, ready for lookups. Each sentence is read with
 * its own language's words only: the French "cent" in "16 per cent to
 * €530m" would otherwise open a range "cent to €530m".
 */
interface Words {
  additive: Record<string, number>;
  hundreds: Set<string>;
  thousands: Set<string>;
  alone: Set<string>;
  joiners: Set<string>;
  products: Record<string, string>;
}

function wordsOf(t: NumberWordTable): Words {
  return {
    additive: Object.assign(Object.create(null) as Record<string, number>, t.additive),
    hundreds: new Set(t.hundreds),
    thousands: new Set(t.thousands),
    alone: new Set(t.thousandsAlone),
    joiners: new Set(t.joiners),
    products: Object.assign(Object.create(null) as Record<string, string>, t.products),
  };
}

const WORDS = Object.fromEntries(Object.values(PACKS).map((p) => [p.lang, wordsOf(p.figures.numbers)])) as Record<Lang, Words>;

/** The words a number in words may start with, per language: the additive words, the hundreds and the thousands that stand alone. */
const startsOf = (w: Words): ReadonlySet<string> => new Set([...Object.keys(w.additive), ...w.hundreds, ...w.alone]);
export const NUMBER_WORD_STARTS: Record<Lang, ReadonlySet<string>> = { fr: startsOf(WORDS.fr), en: startsOf(WORDS.en) };

/** Can a number in words start with this (folded) word? */
export function startsNumberWords(norm: string, lang: Lang): boolean {
  return NUMBER_WORD_STARTS[lang].has(norm);
}

/**
 * Can a word of value v follow `below`, the part of the group under a
 * hundred: a unit after a ten ("vingt-deux"), a teen after sixty or eighty
 * ("soixante-dix", "quatre-vingt-douze"), seven to nine after ten
 * ("dix-sept"), twenty after four ("quatre-vingts"). Anything else ("deux
 * trois") is two numbers.
 */
function adds(w: Words, below: number, v: number, last: string, norm: string): boolean {
  if (below === 0) return true;
  if (w.products[norm] === last) return true;
  if (below >= 20 && below % 10 === 0 && v < 10) return true;
  if ((below === 60 || below === 80) && v >= 10 && v < 20) return true;
  return below === 10 && v >= 7 && v <= 9;
}

function isWord(w: Words, t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.norm in w.additive || w.hundreds.has(t.norm) || w.thousands.has(t.norm));
}

/**
 * The number written in words from token i, and the token after it; undefined
 * when no number word starts there. Bounded by the words it reads, so linear.
 */
export function readNumberWords(tokens: Token[], i: number, lang: Lang): { value: number; next: number } | undefined {
  const w = WORDS[lang];
  if (!isWord(w, tokens[i]) || !startsNumberWords(tokens[i].norm, lang)) return undefined;
  let total = 0;
  let group = 0;
  let last = '';
  let k = i;
  let next = i;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!isWord(w, t)) break;
    const norm = t.norm;
    if (norm in w.additive) {
      if (!adds(w, group % 100, w.additive[norm], last, norm)) break;
      // "quatre-vingts": the tens word multiplies the unit before it instead of adding to it.
      group += w.products[norm] === last ? w.additive[last] * (w.additive[norm] - 1) : w.additive[norm];
    } else if (w.hundreds.has(norm)) {
      if (group >= 100) break;
      group = (group || 1) * 100;
    } else {
      if (total > 0) break;
      total += (group || 1) * 1000;
      group = 0;
    }
    last = norm;
    next = k + 1;
    k++;
    // Joined by a hyphen written without spaces, or by "et" / "and" before another number word.
    if (tokens[k]?.text === '-' && !tokens[k].spaced && isWord(w, tokens[k + 1]) && !tokens[k + 1].spaced) k++;
    else if (w.joiners.has(tokens[k]?.norm ?? '') && isWord(w, tokens[k + 1])) k++;
    else if (!isWord(w, tokens[k])) break;
  }
  return { value: total + group, next };
}
