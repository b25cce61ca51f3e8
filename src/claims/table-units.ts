/**
 * The unit a table header gives its column or row: "Sales (€bn)",
 * "Net revenue (€m)", "Chiffre d'affaires (M€)", "CA (Md$)", "Ventes, en
 * milliards d'euros". A cell under it holds a bare figure ("9.8"), which
 * the money reading only knows as money once the unit is written after it
 * in words of the article's language ("9.8 billion euros").
 */
import type { Lang } from '../types.js';

export type Scale = 'thousand' | 'million' | 'billion';
export type Currency = 'EUR' | 'USD' | 'GBP' | 'CHF';

export interface HeaderUnit {
  scale?: Scale;
  currency?: Currency;
}

/** Symbols and words a unit is written with, folded to lower case; words of both languages. */
const SCALES: Record<string, Scale> = {
  k: 'thousand', thousand: 'thousand', thousands: 'thousand', milliers: 'thousand', millier: 'thousand',
  m: 'million', mn: 'million', mio: 'million', million: 'million', millions: 'million',
  bn: 'billion', b: 'billion', md: 'billion', mds: 'billion', mrd: 'billion', mrds: 'billion', milliard: 'billion', milliards: 'billion', billion: 'billion', billions: 'billion',
};
const CURRENCIES: Record<string, Currency> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', us$: 'USD',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', livre: 'GBP', livres: 'GBP', sterling: 'GBP',
  chf: 'CHF', franc: 'CHF', francs: 'CHF', suisses: 'CHF', swiss: 'CHF',
};
/** Words that may stand between the scale and the currency: "en milliards d'euros", "in € millions", "of pounds". */
const FILLERS = new Set(['en', 'in', 'de', "d'", 'd’', 'of', 'us']);

/** A unit written in a header, or undefined when the words are not all unit words ("fin d'année", "exercice 2024"). */
export function readHeaderUnit(words: string): HeaderUnit | undefined {
  const pieces = (words.toLowerCase().match(/us\$|[€$£]|d['’]|[\p{L}]+/gu) ?? []).flatMap(splitGlued);
  if (pieces.length === 0) return undefined;
  const unit: HeaderUnit = {};
  for (const piece of pieces) {
    if (FILLERS.has(piece)) continue;
    const scale = SCALES[piece];
    const currency = CURRENCIES[piece];
    if (scale && !unit.scale) unit.scale = scale;
    else if (currency && (!unit.currency || unit.currency === currency)) unit.currency = currency;
    else return undefined;
  }
  return unit.scale || unit.currency ? unit : undefined;
}

/** "EURm", "MEUR", "USDbn": a code and a scale written as one word. */
function splitGlued(piece: string): string[] {
  const m = /^(eur|usd|gbp|chf)(k|m|mn|bn|md)$/.exec(piece) ?? /^(k|m|mn|bn|md)(eur|usd|gbp|chf)$/.exec(piece);
  return m ? [m[1], m[2]] : [piece];
}

const SCALE_WORDS: Record<Lang, Record<Scale, string>> = {
  en: { thousand: 'thousand', million: 'million', billion: 'billion' },
  fr: { thousand: 'mille', million: 'millions', billion: 'milliards' },
};
const CURRENCY_WORDS: Record<Lang, Record<Currency, string>> = {
  en: { EUR: 'euros', USD: 'dollars', GBP: 'pounds', CHF: 'Swiss francs' },
  fr: { EUR: "d'euros", USD: 'de dollars', GBP: 'de livres sterling', CHF: 'de francs suisses' },
};

/** The unit in words of `lang`, to be written after a bare figure: "billion euros", "milliards d'euros". */
export function unitWords(unit: HeaderUnit, lang: Lang): string {
  const scale = unit.scale ? SCALE_WORDS[lang][unit.scale] : '';
  let currency = unit.currency ? CURRENCY_WORDS[lang][unit.currency] : '';
  // "3 euros" but "3 millions d'euros": the French "de" comes only after a scale.
  if (lang === 'fr' && !scale) currency = currency.replace(/^(?:d'|de )/, '');
  return [scale, currency].filter(Boolean).join(' ');
}

/** A cell that writes its own unit ("1,93 Md$", "474 M€", "€2.1bn") takes nothing from its header. */
export function writesOwnUnit(cell: string): boolean {
  return /[€$£]|\d\s*(?:k|m|mn|bn|md|mds|mrd)\b|\b(?:millions?|milliards?|billions?|thousand|mille|eur|usd|gbp|chf|euros?|dollars?|pounds?|livres?)\b/i.test(cell);
}
