/**
 * Numbers written in words, read as a grammar rather than a list, in
 * French ("soixante-dix", "soixante et onze", "quatre-vingt-douze",
 * "quatre-vingts", "deux cent mille", "mille deux cents") and English
 * ("twenty-one", "ninety-five", "two hundred thousand", "one hundred and
 * five"). Words join by hyphens, spaces and "et" / "and"; a scale word
 * ("millions") is left to the scales, so "deux millions" is 2 x 1e6.
 */
import type { Token } from '../text/tokenize.js';
import { HUNDREDS, NUMBER_JOINERS, NUMBER_PRODUCTS, NUMBER_WORDS, THOUSANDS, THOUSANDS_ALONE } from '../lang/vocabulary.js';

/** Can a number in words start with this (folded) word? */
export function startsNumberWords(norm: string): boolean {
  return norm in NUMBER_WORDS || HUNDREDS.has(norm) || THOUSANDS_ALONE.has(norm);
}

/**
 * Can a word of value v follow `below`, the part of the group under a
 * hundred: a unit after a ten ("vingt-deux"), a teen after sixty or eighty
 * ("soixante-dix", "quatre-vingt-douze"), seven to nine after ten
 * ("dix-sept"), twenty after four ("quatre-vingts"). Anything else ("deux
 * trois") is two numbers.
 */
function adds(below: number, v: number, last: string, norm: string): boolean {
  if (below === 0) return true;
  if (NUMBER_PRODUCTS[norm] === last) return true;
  if (below >= 20 && below % 10 === 0 && v < 10) return true;
  if ((below === 60 || below === 80) && v >= 10 && v < 20) return true;
  return below === 10 && v >= 7 && v <= 9;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.norm in NUMBER_WORDS || HUNDREDS.has(t.norm) || THOUSANDS.has(t.norm));
}

/**
 * The number written in words from token i, and the token after it; undefined
 * when no number word starts there. Bounded by the words it reads, so linear.
 */
export function readNumberWords(tokens: Token[], i: number): { value: number; next: number } | undefined {
  if (!isWord(tokens[i]) || !startsNumberWords(tokens[i].norm)) return undefined;
  let total = 0;
  let group = 0;
  let last = '';
  let k = i;
  let next = i;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!isWord(t)) break;
    const norm = t.norm;
    if (norm in NUMBER_WORDS) {
      if (!adds(group % 100, NUMBER_WORDS[norm], last, norm)) break;
      // "quatre-vingts": the tens word multiplies the unit before it instead of adding to it.
      group += NUMBER_PRODUCTS[norm] === last ? NUMBER_WORDS[last] * (NUMBER_WORDS[norm] - 1) : NUMBER_WORDS[norm];
    } else if (HUNDREDS.has(norm)) {
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
    if (tokens[k]?.text === '-' && !tokens[k].spaced && isWord(tokens[k + 1]) && !tokens[k + 1].spaced) k++;
    else if (NUMBER_JOINERS.has(tokens[k]?.norm ?? '') && isWord(tokens[k + 1])) k++;
    else if (!isWord(tokens[k])) break;
  }
  return { value: total + group, next };
}
