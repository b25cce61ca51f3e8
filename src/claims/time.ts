/**
 * When a claim speaks. A date, a year or a period named in the sentence
 * beats the article's date: "En 2019, l'entreprise comptait...",
 * "au premier trimestre", "l'exercice 2024-2025", "the quarter ended
 * 30 November 2025", "l'an dernier".
 */
import type { ClaimTime, Interval } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { dateAt, yearAt } from './slots/calendar.js';
import { spells } from './slots/context.js';
import { MONTHS, NUMBER_WORDS } from '../lang/vocabulary.js';
import { within } from '../text/window.js';
import { RELATIVE_TIME_STARTS, relativeTimeAt } from './relative-times.js';
import { MONTHS_MENTION_STARTS, monthsAt, smallCount } from './opening-months.js';

const ORDINALS: Record<string, number> = Object.assign(Object.create(null), {
  premier: 1, premiere: 1, '1er': 1, first: 1, '1st': 1, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2nd': 2,
  troisieme: 3, third: 3, '3e': 3, '3rd': 3, quatrieme: 4, fourth: 4, '4e': 4, '4th': 4, dernier: 4, last: 4,
});
const QUARTER_WORDS = new Set(['trimestre', 'quarter']);
const HALF_WORDS = new Set(['semestre', 'half']);
const ENDED_WORDS = new Set(['clos', 'close', 'cloture', 'acheve', 'termine', 'ended', 'ending', 'ends', 'closed']);
/** Nouns of a period after which "to" names its end: "the year to 30 September", "the six months to 30 June 2024". */
const PERIOD_NOUNS = new Set(['year', 'months', 'weeks', 'quarter', 'half']);
/** Words after "a year" that make it a comparison's distance, not a yearly figure: "a year earlier", "from a year ago". */
const EARLIER = new Set(['earlier', 'ago', 'before', 'prior']);

/** True when token k closes a period by naming its end: "clos", "ended", or "to" between a period noun and a day or month ("year on year to €5m" is not one). */
function endsPeriod(tokens: Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? '';
  if (ENDED_WORDS.has(norm)) return true;
  const after = tokens[k + 1];
  return norm === 'to' && PERIOD_NOUNS.has(tokens[k - 1]?.norm ?? '') && !!after && (/^\d{1,2}$/.test(after.text) || after.norm in MONTHS);
}
const LAST_YEAR: string[][] = [["l'", 'an', 'dernier'], ["l'", 'annee', 'derniere'], ["l'", 'an', 'passe'], ["l'", 'annee', 'passee'], ['last', 'year']];
const THIS_YEAR: string[][] = [['cette', 'annee'], ['this', 'year']];

export interface Mention {
  at: number;
  end: number;
  kind: 'span' | 'quarter' | 'half' | 'months' | 'fiscal' | 'ended';
  span?: Interval;
  index?: number;
  year?: number;
  iso?: string;
}

export function spanOfIso(iso: string): Interval {
  // A year, the commonest: what splitting it would give, without the split.
  if (!iso.includes('-')) return { start: `${iso}-01-01`, end: `${iso}-12-31` };
  const [y, m, d] = iso.split('-');
  if (d) return { start: iso, end: iso };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Words that make a year the date of a birth or a founding, which dates nothing else ("le groupe, né en 1987, emploie..."). */
const ORIGIN = /^(?:nee?s?|fonde(?:e|es|s)?|cree(?:e|es|s)?|founded|born|established|incorporated|since|depuis)$/;

/** True when the year at token i follows an origin word, with "en" / "in" between or not. */
function isOrigin(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm;
  const word = before === 'en' || before === 'in' ? tokens[i - 2]?.norm : before;
  return word !== undefined && ORIGIN.test(word);
}

/** "il y a cinq ans", "five years ago": a count of years before the article. */
function yearsAgo(tokens: Token[], i: number): { years: number; end: number } | undefined {
  const count = (k: number) => smallCount(tokens[k]);
  const fr = spells(tokens, i, ['il', 'y', 'a']);
  if (fr > 0 && count(fr) !== undefined && ['ans', 'an'].includes(tokens[fr + 1]?.norm ?? '')) return { years: count(fr)!, end: fr + 2 };
  const n = count(i);
  if (n !== undefined && ['years', 'year'].includes(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'ago') return { years: n, end: i + 3 };
  return undefined;
}

/** "premier trimestre", "first quarter", "first-quarter", "T1", "Q1", "H1", "S1". */
function periodAt(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i];
  const ordinalText = t.kind === 'num' && tokens[i + 1] && !tokens[i + 1].spaced ? t.text + tokens[i + 1].norm : t.norm;
  const ordinal = ORDINALS[ordinalText] ?? ORDINALS[t.norm];
  if (ordinal !== undefined) {
    let k = ordinalText !== t.norm ? i + 2 : i + 1;
    if (tokens[k]?.text === '-') k++;
    const noun = tokens[k]?.norm ?? '';
    if (QUARTER_WORDS.has(noun)) return { at: i, end: k + 1, kind: 'quarter', index: ordinal };
    if (HALF_WORDS.has(noun) && ordinal <= 2) return { at: i, end: k + 1, kind: 'half', index: ordinal === 4 ? 2 : ordinal };
  }
  const next = tokens[i + 1];
  if (t.kind === 'word' && next?.kind === 'num' && !next.spaced && /^[1-4]$/.test(next.text)) {
    const n = Number(next.text);
    if (t.norm === 't' || t.norm === 'q') return { at: i, end: i + 2, kind: 'quarter', index: n };
    if ((t.norm === 'h' || t.norm === 's') && n <= 2) return { at: i, end: i + 2, kind: 'half', index: n };
  }
  return undefined;
}

/** "exercice 2025", "exercice 2024-2025", "FY2026", "fiscal 2025", "fiscal year 2025". */
/** "son dernier exercice", "l'exercice précédent", "last fiscal year": the latest full year reported before the article. */
const LAST_FISCAL: string[][] = [['dernier', 'exercice'], ['exercice', 'precedent'], ['exercice', 'ecoule'], ['last', 'fiscal', 'year'],
  ['last', 'financial', 'year'], ['latest', 'fiscal', 'year'], ['previous', 'fiscal', 'year'], ['last', 'full', 'year'],
  // A yearly figure with no year named: the latest full year, unless the sentence names one.
  ['annuel'], ['annuelle'], ['annual'], ['yearly'], ['par', 'an'], ['per', 'year'], ['a', 'year']];

/** Words before "a year" that make it a duration, not a yearly figure: "after a year in which", "for a year", "in a year". */
const DURATION_BEFORE = new Set(['after', 'for', 'in', 'within', 'over', 'than', 'once', 'half', 'of', 'nearly', 'almost', 'about', 'barely']);

function fiscalAt(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i];
  for (const words of LAST_FISCAL) {
    if (words[0] === 'a' && DURATION_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue;
    const end = spells(tokens, i, words);
    if (end > 0 && !EARLIER.has(tokens[end]?.norm ?? '')) return { at: i, end, kind: 'fiscal' };
  }
  // "the 2026 financial year", "its 2025 fiscal year"
  if (t.kind === 'num' && /^\d{4}$/.test(t.text)) {
    const end = Math.max(spells(tokens, i + 1, ['fiscal', 'year']), spells(tokens, i + 1, ['financial', 'year']));
    if (end > 0) return { at: i, end, kind: 'fiscal', year: Number(t.text) };
  }
  let k = -1;
  if (t.norm === 'fy' && tokens[i + 1]?.kind === 'num') k = i + 1;
  else if (t.norm === 'exercice' || t.norm === 'fiscal') {
    k = i + 1;
    if (['fiscal', 'year'].includes(tokens[k]?.norm ?? '')) k++;
  } else if (t.norm === 'financial' && tokens[i + 1]?.norm === 'year') k = i + 2;
  // "l'exercice clos le 31 mars 2024", "the year ended 31 March 2024": a whole year, named by its end.
  if (k < 0 && t.norm === 'year' && endsPeriod(tokens, i + 1)) k = i + 1;
  if (k < 0) return undefined;
  if (endsPeriod(tokens, k)) return { at: i, end: k, kind: 'fiscal' };
  const text = tokens[k]?.text ?? '';
  if (!/^\d{4}$/.test(text) && !/^\d{2}$/.test(text)) return undefined;
  let year = text.length === 2 ? 2000 + Number(text) : Number(text);
  let end = k + 1;
  // 2024-2025 or 2024/25: the fiscal year is named by its end.
  if (['-', '/'].includes(tokens[end]?.text ?? '') && /^\d{2,4}$/.test(tokens[end + 1]?.text ?? '')) {
    const second = tokens[end + 1].text;
    year = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
    end += 2;
  }
  return { at: i, end, kind: 'fiscal', year };
}

/** "clos le 30 novembre", "clos fin novembre 2024", "ended 30 November 2025". */
function endedAt(tokens: Token[], i: number, articleYear: number | undefined, articleMonthOf?: string): Mention | undefined {
  if (!endsPeriod(tokens, i)) return undefined;
  let k = i + 1;
  while (['le', 'fin', 'au', 'on', 'at', 'the', 'in', 'a', 'en'].includes(tokens[k]?.norm ?? '') && k < i + 3) k++;
  const d = dateAt(tokens, k);
  if (d) return { at: i, end: d.end, kind: 'ended', iso: d.iso };
  // A day and month without a year: the latest such date on or before the article's year.
  const day = tokens[k]?.kind === 'num' ? Number(tokens[k].text) : NaN;
  const monthTok = Number.isFinite(day) ? tokens[k + 1] : tokens[k];
  const month = monthTok && monthTok.kind === 'word' ? MONTHS[monthTok.norm] : undefined;
  if (month !== undefined && articleYear !== undefined) {
    const mm = String(month).padStart(2, '0');
    const dd = Number.isFinite(day) ? `-${String(day).padStart(2, '0')}` : '';
    // The latest such date that is not after the article ("clos le 30 novembre" in January means last November).
    const articleMonth = articleYear * 100 + Number(articleMonthOf ?? 12);
    const year = articleYear * 100 + month > articleMonth ? articleYear - 1 : articleYear;
    const iso = `${year}-${mm}${dd}`;
    return { at: i, end: k + (Number.isFinite(day) ? 2 : 1), kind: 'ended', iso };
  }
  return undefined;
}

/**
 * Every word a time expression can open with, reader by reader: endedAt
 * (an end word, "to"), periodAt (an ordinal, "T", "Q", "H", "S"), monthsAt,
 * fiscalAt, dateAt (a month), relativeTimeAt, the last and this year, and
 * yearsAgo ("il", a number word). Any other word, and every punctuation
 * mark, opens none, so the readers are not asked there: most of a
 * sentence's tokens are such words. A figure may open any of them.
 */
const TIME_STARTS = new Set<string>([
  ...ENDED_WORDS, 'to',
  ...Object.keys(ORDINALS), 't', 'q', 'h', 's',
  ...MONTHS_MENTION_STARTS,
  ...LAST_FISCAL.map((words) => words[0]), 'fy', 'exercice', 'fiscal', 'financial', 'year',
  ...Object.keys(MONTHS),
  ...RELATIVE_TIME_STARTS,
  ...LAST_YEAR.map((words) => words[0]), ...THIS_YEAR.map((words) => words[0]),
  'il', ...Object.keys(NUMBER_WORDS),
]);

function mayOpenTime(t: Token): boolean {
  return t.kind === 'num' || (t.kind === 'word' && TIME_STARTS.has(t.norm));
}

/** Every time expression of a sentence, in order; computed once per sentence. */
export function timeMentions(tokens: Token[], skip: (i: number) => boolean, articleDate: string | undefined): Mention[] {
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : undefined;
  return mentionsOf(tokens, skip, articleDate, articleYear, articleDate?.slice(5, 7) || undefined);
}

function mentionsOf(tokens: Token[], skip: (i: number) => boolean, articleDate: string | undefined, articleYear: number | undefined, articleMonth?: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip(i) || !mayOpenTime(tokens[i])) continue;
    const m = endedAt(tokens, i, articleYear, articleMonth) ?? periodAt(tokens, i) ?? monthsAt(tokens, i) ?? fiscalAt(tokens, i);
    if (m) {
      out.push(m);
      i = m.end - 1;
      continue;
    }
    const d = dateAt(tokens, i);
    if (d) {
      out.push({ at: i, end: d.end, kind: 'span', span: spanOfIso(d.iso) });
      i = d.end - 1;
      continue;
    }
    const said = articleDate ? relativeTimeAt(tokens, i, articleDate) : undefined;
    if (said) {
      out.push({ at: i, end: said.end, kind: 'span', span: said.span });
      i = said.end - 1;
      continue;
    }
    const y = yearAt(tokens, i);
    if (y !== undefined && !isOrigin(tokens, i)) out.push({ at: i, end: i + 1, kind: 'span', span: spanOfIso(String(y)) });
    if (articleYear !== undefined) {
      for (const words of LAST_YEAR) if (spells(tokens, i, words) > 0) out.push({ at: i, end: i + words.length, kind: 'span', span: spanOfIso(String(articleYear - 1)) });
      for (const words of THIS_YEAR) if (spells(tokens, i, words) > 0) out.push({ at: i, end: i + words.length, kind: 'span', span: spanOfIso(String(articleYear)) });
      const ago = yearsAgo(tokens, i);
      if (ago) out.push({ at: i, end: ago.end, kind: 'span', span: spanOfIso(String(articleYear - ago.years)) });
    }
  }
  return out;
}

/**
 * The time of a claim whose figure spans tokens [figure, figureEnd), from
 * the sentence's time mentions (sorted by position), else the article's date.
 */
export function claimTime(tokens: Token[], mentions: Mention[], figure: number, figureEnd: number, articleDate: string | undefined): ClaimTime {
  const near = within(mentions, (m) => m.at, figure).filter((m) => m.end <= figure || m.at >= figureEnd);
  const text = (m: Mention) => tokens.slice(m.at, m.end).map((t, k) => (k && t.spaced ? ' ' : '') + t.text).join('');
  // The nearest of a kind, the first of equals: what a stable sort by distance puts first, without the sort.
  const nearest = (kind: Mention['kind']) => {
    let best: Mention | undefined;
    for (const m of near) if (m.kind === kind && (!best || Math.abs(m.at - figure) < Math.abs(best.at - figure))) best = m;
    return best;
  };
  const period = nearest('quarter') ?? nearest('half') ?? nearest('months');
  // A whole calendar year named in the sentence ("2023", not "mars 2023").
  const wholeYear = near.find((m) => m.kind === 'span' && m.span!.start.endsWith('-01-01') && m.span!.end.endsWith('-12-31'));
  let fiscal = nearest('fiscal');
  // "annual revenue ... in 2023": the year the sentence names is the fiscal year.
  if (fiscal && fiscal.year === undefined && wholeYear) fiscal = { ...fiscal, year: Number(wholeYear.span!.start.slice(0, 4)) };
  let ended: Mention | undefined = nearest('ended');
  // "the quarter ended 30 September ... of $11.7 million decreased 15% over second quarter revenues of $13.8 million": an end
  // date that does not follow the period named beside the figure belongs to another figure; the nearer of the two says the time.
  const beside = period ?? wholeYear;
  const follows = beside && ended && ended.at >= beside.end && ended.at - beside.end <= 2;
  if (beside && ended && !follows && Math.abs(ended.at - figure) > Math.abs(beside.at - figure)) ended = undefined;
  if (period || ended || fiscal) {
    // "premier semestre 2024": a whole year written beside a quarter or half says which one.
    const year = period && !fiscal ? wholeYear : undefined;
    const words = [period, fiscal, ended, year].filter((m): m is Mention => !!m).map(text).join(', ');
    return {
      source: 'sentence',
      periodKind: period?.kind === 'quarter' || period?.kind === 'half' || period?.kind === 'months' ? period.kind : fiscal ? 'year' : undefined,
      periodIndex: period?.index,
      fiscalYear: fiscal?.year,
      periodYear: year ? Number(year.span!.start.slice(0, 4)) : undefined,
      periodEnd: ended?.iso,
      text: words,
    };
  }
  const span = nearest('span');
  if (span) return { source: 'sentence', span: span.span, text: text(span) };
  if (articleDate) return { source: 'article', span: spanOfIso(articleDate), text: `article date ${articleDate}` };
  return { source: 'none' };
}
