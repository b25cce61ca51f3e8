/**
 * Times said in words, relative to the article's date: a season ("l'été
 * dernier", "last summer", "cet hiver", "the summer of 2018") or a month
 * without its year ("fin décembre", "at the end of December", "in May").
 * They date the claim as a copy editor reads them; ignoring them would
 * date a figure of last summer by the article and judge it against the
 * wrong statement.
 */
import type { Interval } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { spells } from './slots/context.js';
import { yearAt } from './slots/calendar.js';
import { MONTHS } from '../lang/vocabulary.js';
import { monthsAt } from './opening-months.js';

/** Each season's first month and length in months (Northern seasons by month: winter is December to February). */
const SEASONS: Record<string, { first: number; months: number }> = Object.assign(Object.create(null), {
  printemps: { first: 3, months: 3 }, ete: { first: 6, months: 3 }, automne: { first: 9, months: 3 }, hiver: { first: 12, months: 3 },
  spring: { first: 3, months: 3 }, summer: { first: 6, months: 3 }, autumn: { first: 9, months: 3 }, fall: { first: 9, months: 3 }, winter: { first: 12, months: 3 },
});
/** Words after a season or a month that make it the last one before the article: "l'été dernier", "l'hiver passé". */
const LAST_AFTER = new Set(['dernier', 'derniere', 'passe', 'passee']);
/** Words before it that do the same: "last summer", "last December". */
const LAST_BEFORE = new Set(['last', 'past']);
/** Words before a season that make it the article's own: "cet été", "this summer". */
const THIS_BEFORE = new Set(['cet', 'ce', 'cette', 'this']);
/** Words right before a month without its year that make it a time ("fin décembre", "in May"): a bare "may" is a verb. */
const MONTH_CUES = new Set(['fin', 'debut', 'mi', 'en', 'in', 'of', 'end', 'late', 'early', 'mid', 'last']);
/** The edge of a month and the word that joins it: "the end of December", "la fin d'août". */
const EDGES = new Set(['fin', 'debut', 'end', 'start', 'beginning']);
const OF = new Set(['of', 'de', "d'"]);
/** Words between the two months of a range: "January-September", "janvier à septembre". */
const RANGE_JOINS = new Set(['-', '–', 'to', 'through', 'a', 'au']);
/** "le mois dernier", "last month". */
const LAST_MONTH: string[][] = [['le', 'mois', 'dernier'], ['le', 'mois', 'passe'], ['last', 'month']];

/**
 * Every word a time said in words can open with (a month opens one only
 * after a cue word): the words of LAST_MONTH, seasonAt and monthAt below.
 */
export const RELATIVE_TIME_STARTS: readonly string[] = [
  ...LAST_MONTH.map((words) => words[0]), ...LAST_BEFORE, ...THIS_BEFORE, ...Object.keys(SEASONS), ...MONTH_CUES,
];

export interface RelativeTime {
  end: number;
  span: Interval;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The months [first, first + months) counted from year `year`, as a span of days. */
function monthsSpan(year: number, first: number, months: number): Interval {
  const endMonth = first + months - 1;
  const endYear = year + Math.floor((endMonth - 1) / 12);
  const lastMonth = ((endMonth - 1) % 12) + 1;
  const lastDay = new Date(Date.UTC(endYear, lastMonth, 0)).getUTCDate();
  return { start: `${year}-${pad(first)}-01`, end: `${endYear}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** Months since year 0 of a year and month, to compare spans with the article's month. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/**
 * The latest span of `months` months starting in month `first` that is
 * over before the article's month (`strict`: "l'été dernier" in July is
 * last year's) or has begun by it ("fin décembre" in December is this one).
 */
function latest(first: number, months: number, year: number, month: number, strict: boolean): Interval {
  for (let y = year; ; y--) {
    const start = monthIndex(y, first);
    const end = start + months - 1;
    if (strict ? end < monthIndex(year, month) : start <= monthIndex(year, month)) return monthsSpan(y, first, months);
  }
}

function seasonAt(tokens: Token[], i: number, year: number, month: number): RelativeTime | undefined {
  const before = tokens[i].norm;
  const at = LAST_BEFORE.has(before) || THIS_BEFORE.has(before) ? i + 1 : i;
  // "l'été dernier", "au printemps dernier": the season may come after "l'" or "au", read from the season itself.
  const season = SEASONS[tokens[at]?.norm ?? ''];
  if (!season) return undefined;
  const next = tokens[at + 1];
  const ofYear = next?.norm === 'of' ? yearAt(tokens, at + 2) : yearAt(tokens, at + 1);
  if (ofYear !== undefined) return { end: next?.norm === 'of' ? at + 3 : at + 2, span: monthsSpan(ofYear, season.first, season.months) };
  if (at === i + 1 && LAST_BEFORE.has(before)) return { end: at + 1, span: latest(season.first, season.months, year, month, true) };
  if (next && LAST_AFTER.has(next.norm)) return { end: at + 2, span: latest(season.first, season.months, year, month, true) };
  // "cet été", "this summer": the season of the article's year, or the winter the article is in ("cet hiver" in January).
  if (at === i + 1 && THIS_BEFORE.has(before)) {
    const now = monthIndex(year, month);
    const started = monthIndex(year - 1, season.first);
    const inLast = started <= now && now < started + season.months;
    return { end: at + 1, span: monthsSpan(inLast ? year - 1 : year, season.first, season.months) };
  }
  return undefined;
}

function monthAt(tokens: Token[], i: number, year: number, month: number): RelativeTime | undefined {
  const cue = tokens[i].norm;
  // "mi-décembre", "end-December", "the end of December", "la fin d'août".
  const at = tokens[i + 1]?.text === '-' || (EDGES.has(cue) && OF.has(tokens[i + 1]?.norm ?? '')) ? i + 2 : i + 1;
  const named = tokens[at]?.kind === 'word' ? MONTHS[tokens[at].norm] : undefined;
  if (!MONTH_CUES.has(cue) || named === undefined) return undefined;
  // "in January-September", "de janvier à septembre": the first month of a range, which opening-months reads.
  if (monthsAt(tokens, at)) return undefined;
  // With its year, the month is a date of its own ("fin décembre 2023"); the first of a range is a period ("in January-September"): each is read as one.
  if (yearAt(tokens, at + 1) !== undefined) return undefined;
  if (tokens[at + 2]?.kind === 'word' && MONTHS[tokens[at + 2].norm] !== undefined && RANGE_JOINS.has(tokens[at + 1]?.norm ?? '')) return undefined;
  const strict = LAST_BEFORE.has(cue) || LAST_AFTER.has(tokens[at + 1]?.norm ?? '');
  const end = LAST_AFTER.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  return { end, span: latest(named, 1, year, month, strict) };
}

/** A time said in words at token i, relative to the article's date (YYYY-MM-DD). */
export function relativeTimeAt(tokens: Token[], i: number, articleDate: string): RelativeTime | undefined {
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7)) || 12;
  for (const words of LAST_MONTH) {
    const end = spells(tokens, i, words);
    if (end > 0) return { end, span: latest(month === 1 ? 12 : month - 1, 1, year, month, true) };
  }
  return seasonAt(tokens, i, year, month) ?? monthAt(tokens, i, year, month);
}
