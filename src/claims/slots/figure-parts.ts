/**
 * The parts a written quantity is made of: the number (digits, or words
 * read as a grammar), its scale ("millions", "bn", "k", "MEUR") and its
 * currency, on either side ("€6bn", "EUR2.7 billion", "275,3 millions
 * d'euros"). quantity.ts puts them together with a qualifier or a range.
 */
import type { Lang } from '../../types.js';
import type { Token } from '../../text/tokenize.js';
import { COUNT_SCALES, CURRENCIES, SCALED_CURRENCIES, SCALES } from '../../lang/vocabulary.js';
import { CASED_SCALED_CURRENCIES } from '../../lang/symbols.js';
import { readNumberWords } from '../number-words.js';
import { parseNumeral, wholeHalfUnit } from '../numeral.js';

export interface NumberRead {
  value: number;
  halfUnit: number;
  decimals: boolean;
  /** Written in words ("soixante-dix"), not digits. */
  words: boolean;
  next: number;
}

/** A bare number at token i: digits ("2 200", "275,3", "1'450"), or words ("soixante-dix", "twenty-one"). */
export function readNumber(tokens: Token[], i: number, lang: Lang, integerHint: boolean): NumberRead | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    // A number glued to a preceding word or digit is part of something else (FY2026, A380), unless that word is a currency (EUR2.7).
    const before = tokens[i - 1];
    if (!t.spaced && before && (before.kind === 'num' || (before.kind === 'word' && !(before.norm in CURRENCIES)))) return undefined;
    let n = parseNumeral(t.text, lang);
    // A count is whole: "2,200" in French and "2.200" in English are thousands, whatever the language's decimal mark.
    if (integerHint && n && !Number.isInteger(n.value) && /^\d{1,3}[.,]\d{3}$/.test(t.text)) n = parseNumeral(t.text, t.text.includes(',') ? 'en' : 'fr');
    return n && { value: n.value, halfUnit: n.halfUnit, decimals: n.decimals, words: false, next: i + 1 };
  }
  const words = readNumberWords(tokens, i, lang);
  return words && { value: words.value, halfUnit: wholeHalfUnit(String(words.value)), decimals: false, words: true, next: words.next };
}

export function readCurrency(tokens: Token[], i: number): { currency: string; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.norm === 'us' && tokens[i + 1]?.text === '$' && !tokens[i + 1].spaced) return { currency: 'USD', next: i + 2 };
  if (t.norm in CURRENCIES) return { currency: CURRENCIES[t.norm], next: i + 1 };
  // "d'euros", "de dollars"
  if ((t.norm === "d'" || t.norm === 'de') && tokens[i + 1] && tokens[i + 1].norm in CURRENCIES && tokens[i + 1].kind === 'word') {
    return { currency: CURRENCIES[tokens[i + 1].norm], next: i + 2 };
  }
  return undefined;
}

/** A scale word after the number; "MEUR", "k€"-like words carry their currency too. */
export function readScale(tokens: Token[], i: number, money: boolean): { scale: number; currency?: string; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  if (money && Object.hasOwn(CASED_SCALED_CURRENCIES, t.text)) {
    const [scale, currency] = CASED_SCALED_CURRENCIES[t.text];
    return { scale, currency, next: i + 1 };
  }
  if (money && t.norm in SCALED_CURRENCIES) {
    const [scale, currency] = SCALED_CURRENCIES[t.norm];
    return { scale, currency, next: i + 1 };
  }
  if (!(t.norm in SCALES)) return undefined;
  // A count takes long scales ("3 millions de clients") and a "k" glued to it ("1.45k"), not "m" or "bn".
  if (!money && !COUNT_SCALES.has(t.norm) && !(t.norm === 'k' && !t.spaced)) return undefined;
  // Short scales ("M", "bn", "k") must be glued to the number or followed by a currency sign.
  if (t.norm.length <= 3 && !['md', 'mds', 'mrd', 'mio'].includes(t.norm) && t.spaced) {
    const after = tokens[i + 1];
    if (!(after && !after.spaced && after.norm in CURRENCIES)) return undefined;
  }
  // "millions de clients": the "de" belongs to what follows; "1,3 milliard d'euros" is read by the currency.
  return { scale: SCALES[t.norm], next: i + 1 };
}
