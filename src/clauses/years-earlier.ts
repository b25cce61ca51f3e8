/**
 * "up from 1,200 a year earlier", "contre 5,3 milliards un an plus tôt":
 * a comparison dated relative to the figure it is compared with. Found
 * once per sentence, by clause; the comparison's time is then that
 * figure's time moved back by as many years.
 */
import type { ClaimTime } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { NUMBER_WORDS } from '../lang/vocabulary.js';
import type { LanguagePack } from '../lang/index.js';
import { phraseAt, type ClauseMap } from './split-clauses.js';

export interface YearsEarlier {
  years: number;
  text: string;
}

const YEAR_WORDS = new Set(['year', 'years', 'an', 'ans', 'annee', 'annees']);

function countAt(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'num' && /^\d{1,2}$/.test(t.text)) return Number(t.text);
  return NUMBER_WORDS[t.norm] ?? (t.norm === 'a' || t.norm === 'one' ? 1 : undefined);
}

/** The first "N years earlier" of each clause, by clause index. */
export function yearsEarlierByClause(tokens: Token[], map: ClauseMap, pack: LanguagePack): Map<number, YearsEarlier> {
  const out = new Map<number, YearsEarlier>();
  const text = (a: number, b: number) => tokens.slice(a, b).map((t, k) => (k && t.spaced ? ' ' : '') + t.text).join('');
  for (let i = 0; i < tokens.length; i++) {
    const c = map.at[i];
    if (out.has(c)) continue;
    const one = phraseAt(tokens, i, pack.yearEarlier);
    if (one > 0) {
      out.set(c, { years: 1, text: text(i, i + one) });
      continue;
    }
    const n = countAt(tokens[i]);
    if (n !== undefined && YEAR_WORDS.has(tokens[i + 1]?.norm ?? '')) {
      const after = phraseAt(tokens, i + 2, pack.yearsEarlier);
      if (after > 0) out.set(c, { years: n, text: text(i, i + 2 + after) });
    }
  }
  return out;
}

const back = (iso: string, years: number) => `${Number(iso.slice(0, 4)) - years}${iso.slice(4)}`;

/** The time of `base` moved back by `earlier.years`; undefined when the base names a period but not its year (it cannot be moved). */
export function timeEarlier(base: ClaimTime, earlier: YearsEarlier): ClaimTime | undefined {
  const { years } = earlier;
  if (base.source === 'none') return undefined;
  if (years === 0) return base;
  if (base.periodKind && base.fiscalYear === undefined && base.periodYear === undefined && !base.periodEnd) return undefined;
  return {
    ...base,
    source: 'sentence',
    span: base.span && { start: back(base.span.start, years), end: back(base.span.end, years) },
    fiscalYear: base.fiscalYear === undefined ? undefined : base.fiscalYear - years,
    periodYear: base.periodYear === undefined ? undefined : base.periodYear - years,
    periodEnd: base.periodEnd && back(base.periodEnd, years),
    text: years === 0 ? base.text : `${earlier.text} than ${base.text ?? 'the figure compared'}`,
  };
}
