/**
 * The parts of a written figure that no language owns: currency signs
 * and ISO codes, short scales ("k", "m", "bn", and the German "Mrd" and
 * "Mio" that English and French business prose also quotes) and the
 * scale-and-currency words of financial tables ("MEUR", "kUSD").
 */
import type { Qualifier } from '../types.js';
import type { Phrase } from './pack.js';

export const SYMBOL_CURRENCIES: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', $: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', chf: 'CHF',
};

export const SHORT_SCALES: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mio: 1e6, mrd: 1e9, mrds: 1e9, bn: 1e9, b: 1e9, tn: 1e12,
};

/** A scale and a currency in one word, after the number: "412,5 MEUR", "850 kEUR". */
export const SCALED_CURRENCIES: Record<string, [number, string]> = {
  keur: [1e3, 'EUR'], meur: [1e6, 'EUR'], mdeur: [1e9, 'EUR'], mrdeur: [1e9, 'EUR'], kusd: [1e3, 'USD'], musd: [1e6, 'USD'],
  mdusd: [1e9, 'USD'], mchf: [1e6, 'CHF'], mgbp: [1e6, 'GBP'],
};

export const SYMBOL_QUALIFIERS: [Phrase, Qualifier][] = [[['~'], 'about']];
