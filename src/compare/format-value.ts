/**
 * Writes a fact's value for people: as the facts file states it in
 * `expected`, and the way the article writes numbers in `suggestion`
 * ("275,3 millions d'euros" for a French article that wrote "257,3
 * millions d'euros"), so a one-click fix reads like the text around it.
 */
import type { SlotValue, Statement } from '../types.js';
import { parseNumeral } from '../claims/numeral.js';

/** The statement's value as written in its facts file when known, else a plain rendering. */
export function expectedText(s: Statement): string {
  if (s.raw !== undefined) return s.raw;
  return Array.isArray(s.value) ? s.value.join(', ') : String(s.value);
}

const FIGURE = /\d(?:[\d \u00a0\u202f.,]*\d)?/;

/** Writes `n` with the separators of `sample` (a number as the article wrote it). */
function writeLike(n: number, sample: string, lang: 'fr' | 'en'): string {
  const group = /\d([ \u00a0\u202f,.])\d{3}(?!\d)/.exec(sample)?.[1];
  const decimalSep = group === ',' ? '.' : group === '.' ? ',' : lang === 'fr' ? ',' : '.';
  const sampleDecimals = new RegExp(`\\${decimalSep}(\\d+)$`).exec(sample)?.[1].length ?? 0;
  let decimals = sampleDecimals;
  while (decimals < 3 && Math.abs(Number(n.toFixed(decimals)) - n) > 1e-9 * Math.max(1, Math.abs(n))) decimals++;
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = group && int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return frac ? `${grouped}${decimalSep}${frac}` : grouped;
}

/** The replacement for the found text, or undefined when none can be written. */
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
      const m = FIGURE.exec(value.raw);
      const written = m && parseNumeral(m[0], lang);
      if (!m || !written || written.value === 0) return String(fact);
      const scale = value.value / written.value;
      return value.raw.slice(0, m.index) + writeLike(fact / scale, m[0], lang) + value.raw.slice(m.index + m[0].length);
    }
    default:
      return undefined;
  }
}
