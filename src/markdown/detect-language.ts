/**
 * The language of an article that does not declare one. Counting French and
 * English function words was measured against three libraries (eld,
 * tinyld, franc-min) on paragraphs and headlines: as accurate on article
 * text, faster, and with nothing to ship. Reading is bounded, so a huge
 * article costs no more than a short one.
 */
import type { Lang } from '../types.js';
import { STOP_WORDS, type Tongue } from './stop-words.js';

/** How much prose is read: a few paragraphs tell the language. */
const READ = 2000;
/** Fewer function words than this, and the text is too short to tell. */
const MIN_WORDS = 2;
/** French or English needs this many times the other's count. */
const MARGIN = 1.3;

const WORD = /[\p{L}]+['’]?/gu;

export function detectLanguage(text: string): Lang | undefined {
  const counts = new Map<Tongue, number>();
  for (const match of text.slice(0, READ).toLowerCase().matchAll(WORD)) {
    const word = match[0].replace('’', "'");
    const tongues = STOP_WORDS.get(word) ?? STOP_WORDS.get(word.replace(/'$/, '')) ?? [];
    for (const tongue of tongues) counts.set(tongue, (counts.get(tongue) ?? 0) + 1);
  }
  const fr = counts.get('fr') ?? 0;
  const en = counts.get('en') ?? 0;
  const [lang, best, other] = fr >= en ? (['fr', fr, en] as const) : (['en', en, fr] as const);
  if (best < MIN_WORDS || best < MARGIN * other) return undefined;
  // A text with as many German, Spanish or Italian words is in one of those.
  for (const [tongue, count] of counts) if (tongue !== 'fr' && tongue !== 'en' && count >= best) return undefined;
  return lang;
}
