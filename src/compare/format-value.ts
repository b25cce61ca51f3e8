/**
 * Writes a fact's value for people: as the facts file states it in
 * `expected`, and the way the article writes numbers in `suggestion`
 * ("275,3 millions d'euros" for a French article that wrote "257,3
 * millions d'euros"), so a one-click fix reads like the text around it.
 */
import type { SlotValue, Statement } from '../types.js';
import { readNumberWords } from '../claims/number-words.js';
import { parseNumeral } from '../claims/numeral.js';
import { tokenize } from '../text/tokenize.js';

/** The statement's value as written in its facts file when known, else a plain rendering. */
export function expectedText(s: Statement): string {
  if (s.raw !== undefined) return s.raw;
  return Array.isArray(s.value) ? s.value.join(', ') : String(s.value);
}

/** The digits of a figure as written, with its group and decimal marks ("2 200", "275,3", "1'450"). */
const FIGURE = /\d(?:[\d \u00a0\u202f.,'\u2019]*\d)?/;

/** How each language groups thousands when the article shows none. */
const DEFAULT_GROUP = { fr: ' ', en: ',' } as const;

/** A sample in the language's own format, for a figure written in words: "1 500" in French, "1,500" in English. */
const DIGITS_SAMPLE = { fr: '1 000', en: '1,000' } as const;

/** Writes `n` with the separators of `sample` (a number as the article wrote it). */
function writeLike(n: number, sample: string, lang: 'fr' | 'en'): string {
  // A sample too short to show its grouping ("500") groups as its language does ("2 200", "2,200").
  const shown = /\d([ \u00a0\u202f,.'\u2019])\d{3}(?!\d)/.exec(sample)?.[1];
  const group = shown ?? (/^\d{1,3}(?:[.,]\d+)?$/.test(sample) ? DEFAULT_GROUP[lang] : undefined);
  const decimalSep = group === ',' ? '.' : group === '.' ? ',' : lang === 'fr' ? ',' : '.';
  const sampleDecimals = new RegExp(`\\${decimalSep}(\\d+)$`).exec(sample)?.[1].length ?? 0;
  let decimals = sampleDecimals;
  while (decimals < 3 && Math.abs(Number(n.toFixed(decimals)) - n) > 1e-9 * Math.max(1, Math.abs(n))) decimals++;
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = group && int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return frac ? `${grouped}${decimalSep}${frac}` : grouped;
}


/**
 * `raw` (a figure as written, worth `value`) rewritten to say `fact`,
 * keeping its format: the digits replaced in place ("€2.1bn" -> "€2.4bn"),
 * or number words replaced by digits in the language's format ("soixante-dix
 * salariés" -> "1 500 salariés").
 */
function rewrite(raw: string, value: number, fact: number, lang: 'fr' | 'en'): string {
  const m = FIGURE.exec(raw);
  const written = m && parseNumeral(m[0], lang);
  if (m && written && written.value !== 0) {
    const scale = value / written.value;
    return raw.slice(0, m.index) + writeLike(fact / scale, m[0], lang) + raw.slice(m.index + m[0].length);
  }
  const tokens = tokenize(raw);
  const words = readNumberWords(tokens, 0, lang);
  if (!words || words.value === 0) return writeLike(fact, DIGITS_SAMPLE[lang], lang);
  const rest = words.next < tokens.length ? raw.slice(tokens[words.next - 1].end) : '';
  return writeLike(fact / (value / words.value), DIGITS_SAMPLE[lang], lang) + rest;
}

/**
 * The replacement for the whole figure as found (its `raw`, which spans the
 * figure's start to end), or undefined when none can be written. A range is
 * replaced by the fact, written as its upper end is ("entre 400 et 500
 * millions d'euros" -> "455 millions d'euros").
 */
export function suggestionFor(value: SlotValue, s: Statement, lang: 'fr' | 'en'): string | undefined {
  const fact = s.value;
  switch (value.type) {
    case 'year':
      return String(fact);
    case 'person':
    case 'place':
      return Array.isArray(fact) ? fact[0] : String(fact);
    case 'count':
    case 'percent':
    case 'money': {
      if (typeof fact !== 'number') return undefined;
      if (value.upper?.raw) return rewrite(value.upper.raw, value.upper.value, fact, lang);
      return rewrite(value.raw, value.value, fact, lang);
    }
    default:
      return undefined;
  }
}
