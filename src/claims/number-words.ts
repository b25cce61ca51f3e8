/**
 * Numbers written in words, read as a grammar rather than a list, in
 * French ("soixante-dix", "soixante et onze", "quatre-vingt-douze",
 * "quatre-vingts", "deux cent mille", "mille deux cents") and English
 * ("twenty-one", "ninety-five", "two hundred thousand", "one hundred and
 * five"). Words join by hyphens, spaces and "et" / "and"; a scale word
 * ("millions") is left to the scales, so "deux millions" is 2 x 1e6.
 */
import type { Token } from '../text/tokenize.js';

/** Words that add their value: units, teens and tens. */
const ADDITIVE: Record<string, number> = {
  // French
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what comes before them within a group: "deux cents", "two hundred". */
const HUNDREDS = new Set(['cent', 'cents', 'hundred']);
/** Words that close a group of thousands: "deux cent mille", "two hundred thousand". */
const THOUSANDS = new Set(['mille', 'thousand']);
/** "vingt et un", "soixante et onze", "one hundred and five". */
const JOINERS = new Set(['et', 'and']);

/** Can a number in words start with this (folded) word? */
export function startsNumberWords(norm: string): boolean {
  return norm in ADDITIVE || HUNDREDS.has(norm) || norm === 'mille';
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
  if ((norm === 'vingt' || norm === 'vingts') && last === 'quatre') return true;
  if (below >= 20 && below % 10 === 0 && v < 10) return true;
  if ((below === 60 || below === 80) && v >= 10 && v < 20) return true;
  return below === 10 && v >= 7 && v <= 9;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.norm in ADDITIVE || HUNDREDS.has(t.norm) || THOUSANDS.has(t.norm));
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
    if (norm in ADDITIVE) {
      if (!adds(group % 100, ADDITIVE[norm], last, norm)) break;
      group += (norm === 'vingt' || norm === 'vingts') && last === 'quatre' ? 80 - 4 : ADDITIVE[norm];
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
    else if (JOINERS.has(tokens[k]?.norm ?? '') && isWord(tokens[k + 1])) k++;
    else if (!isWord(tokens[k])) break;
  }
  return { value: total + group, next };
}
