/**
 * Picks the statement a claim must be compared with, by time: the period
 * named in the sentence for flow figures ("au premier trimestre": the
 * latest first quarter reported before the article), the nearest dated
 * statement for counts, the holder on the claim's date for roles. No
 * statement for that time means no verdict: precision first.
 */
import type { Claim, Interval, Statement } from '../types.js';
import { dayNumber, gapDays, lengthDays, overlaps, spanOf } from './dates.js';
import { fiscalInterval, lastEndedBefore, lastOpeningEndedBefore, monthsEndingAt, openingMonths, sameMonths } from './fiscal-periods.js';

export type Selection = { statements: Statement[]; when: string } | { statements: []; why: string };

/** Statements more than this far from the claim's time are not used to judge it. */
const MAX_GAP_DAYS = 366;

const KIND_DAYS = { quarter: [80, 100], half: [170, 200], year: [350, 380] } as const;

function labelIndex(label: string | undefined, kind: 'quarter' | 'half'): number | undefined {
  if (!label) return undefined;
  const folded = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const letters = kind === 'quarter' ? '[qt]' : '[hs]';
  const m = new RegExp(`\\b${letters}([1-4])\\b`).exec(folded);
  if (m) return Number(m[1]);
  const words = kind === 'quarter' ? '(?:quarter|trimestre)' : '(?:half|semestre)';
  const ordinals: [RegExp, number][] = [[/first|premier|1st|1er/, 1], [/second|deuxieme|2nd|2e/, 2], [/third|troisieme|3rd|3e/, 3], [/fourth|quatrieme|4th|4e/, 4]];
  for (const [re, n] of ordinals) if (new RegExp(`(?:${re.source})[ -]${words}`).test(folded)) return n;
  return undefined;
}

function describe(s: Statement): string {
  return s.label ?? (s.period ? `${s.period.start}/${s.period.end}` : s.asOf ?? '');
}

/**
 * The interval a period means in the entity's own year, when the entity
 * declares when its year starts and the period is named by its rank: "FY2024",
 * "le premier semestre de l'exercice 2024-2025", a bare "first half".
 */
function ownYearInterval(claim: Claim, fiscalYearStart: number | undefined, articleDate: string | undefined): Interval | undefined {
  const t = claim.time;
  const kind = t.periodKind;
  if (kind === 'months') return openingInterval(claim, fiscalYearStart ?? 1, articleDate);
  if (fiscalYearStart === undefined || !kind || t.periodEnd || t.periodYear !== undefined) return undefined;
  const index = kind === 'year' ? 1 : t.periodIndex;
  if (index === undefined) return undefined;
  if (t.fiscalYear !== undefined) return fiscalInterval(fiscalYearStart, t.fiscalYear, kind, index);
  if (kind !== 'year' && articleDate) return lastEndedBefore(fiscalYearStart, kind, index, spanOf(articleDate).end);
  return undefined;
}

/**
 * The months since the year began that a claim names ("the first nine
 * months of 2024", "nine months ended 30 September", a bare "neuf premiers
 * mois": the latest ended before the article), or undefined for a range of
 * months that starts elsewhere, which no statement is read for.
 */
function openingInterval(claim: Claim, start: number, articleDate: string | undefined): Interval | undefined {
  const t = claim.time;
  const months = t.periodIndex;
  if (!months) return undefined;
  const year = t.fiscalYear ?? t.periodYear;
  if (year !== undefined) return openingMonths(start, year, months);
  if (t.periodEnd) return monthsEndingAt(spanOf(t.periodEnd).end, months);
  return articleDate ? lastOpeningEndedBefore(start, months, spanOf(articleDate).end) : undefined;
}

function byPeriod(claim: Claim, statements: Statement[], articleDate: string | undefined, fiscalYearStart?: number): Selection {
  const t = claim.time;
  let candidates = statements.filter((s) => s.period);
  const own = ownYearInterval(claim, fiscalYearStart, articleDate);
  if (own) {
    const meant = candidates.filter((s) => sameMonths(s.period!, own));
    if (meant.length === 0) return { statements: [], why: `no statement for the period meant (${t.text ?? 'unnamed'}: ${own.start}/${own.end})` };
    return { statements: meant.slice(0, 1), when: ` for ${describe(meant[0])}` };
  }
  if (t.periodKind === 'months') return { statements: [], why: `no statement is read for the months named (${t.text ?? 'unnamed'})` };
  const kind = t.periodKind;
  if (kind) {
    const [lo, hi] = KIND_DAYS[kind];
    candidates = candidates.filter((s) => lengthDays(s.period!) >= lo && lengthDays(s.period!) <= hi);
  }
  if (t.periodEnd) {
    const end = spanOf(t.periodEnd);
    candidates = candidates.filter((s) => dayNumber(s.period!.end) >= dayNumber(end.start) && dayNumber(s.period!.end) <= dayNumber(end.end));
  } else if (kind === 'quarter' || kind === 'half') {
    if (t.periodIndex !== undefined) {
      const labelled = candidates.filter((s) => labelIndex(s.label, kind) !== undefined);
      if (labelled.length > 0) candidates = labelled.filter((s) => labelIndex(s.label, kind) === t.periodIndex);
    }
    if (t.fiscalYear !== undefined) candidates = candidates.filter((s) => (s.label ?? '').includes(String(t.fiscalYear)) || (s.label ?? '').includes(`FY${String(t.fiscalYear).slice(2)}`));
    else if (t.periodYear !== undefined) {
      const year = String(t.periodYear);
      candidates = candidates.filter((s) => (s.label ? s.label.includes(year) : s.period!.end.startsWith(year)));
    }
    else if (articleDate) candidates = candidates.filter((s) => dayNumber(s.period!.end) <= dayNumber(spanOf(articleDate).end));
    candidates.sort((a, b) => dayNumber(b.period!.end) - dayNumber(a.period!.end));
    candidates = candidates.slice(0, 1);
  } else if (kind === 'year' && t.fiscalYear !== undefined) {
    const fy = t.fiscalYear;
    candidates = candidates.filter((s) => (s.label ?? '').includes(String(fy)) || Number(s.period!.end.slice(0, 4)) === fy);
  } else if (kind === 'year') {
    // "son dernier exercice": the latest full year that ended before the article.
    if (articleDate) candidates = candidates.filter((s) => dayNumber(s.period!.end) <= dayNumber(spanOf(articleDate).end));
    candidates = candidates.sort((a, b) => dayNumber(b.period!.end) - dayNumber(a.period!.end)).slice(0, 1);
  } else if ((t.source === 'sentence' || t.source === 'heading') && t.span && lengthDays(t.span) >= 365) {
    const year = t.span.start.slice(0, 4);
    candidates = candidates.filter((s) => s.period!.end.startsWith(year) && lengthDays(s.period!) >= KIND_DAYS.year[0]);
  } else {
    return { statements: [], why: 'the sentence names no period, and the facts give this figure by period' };
  }
  if (candidates.length === 0) return { statements: [], why: `no statement for the period meant (${t.text ?? 'unnamed'})` };
  return { statements: candidates.slice(0, 1), when: ` for ${describe(candidates[0])}` };
}

/** `dated`: the statements that carry an `asOf`. */
function nearestAsOf(claim: Claim, dated: Statement[]): Selection {
  const span = claim.time.span;
  if (!span) {
    const latest = [...dated].sort((a, b) => dayNumber(spanOf(b.asOf!).start) - dayNumber(spanOf(a.asOf!).start))[0];
    return { statements: [latest], when: ` as of ${latest.asOf}` };
  }
  const ranked = dated.map((s) => ({ s, gap: gapDays(spanOf(s.asOf!), span) })).sort((a, b) => a.gap - b.gap);
  const best = ranked[0];
  if (best.gap > MAX_GAP_DAYS) {
    return { statements: [], why: `the nearest statement (${best.s.asOf}) is ${Math.round(best.gap / 365)} year(s) from the claim's time (${claim.time.text})` };
  }
  return { statements: [best.s], when: ` as of ${best.s.asOf}` };
}

function validAt(claim: Claim, statements: Statement[]): Selection {
  const span = claim.time.span;
  if (!span) {
    // An undated article (a wiki page) speaks of now: the holder whose term has not ended.
    const current = statements.filter((s) => !s.until);
    if (current.length === 0) return { statements: [], why: 'the claim has no date, and no statement holds today' };
    return { statements: current, when: ' today' };
  }
  const open = (s: Statement) => ({ start: s.from ? spanOf(s.from).start : '0001-01-01', end: s.until ? spanOf(s.until).start : '9999-12-31' });
  // A holder whose term ends in the month the next one starts is not also the holder then: compare from-inclusive, until-exclusive.
  const holders = statements.filter((s) => overlaps(open(s), span) && !(s.until && dayNumber(spanOf(s.until).start) <= dayNumber(span.start)));
  if (holders.length === 0) return { statements: [], why: `no statement covers ${claim.time.text ?? span.start}` };
  return { statements: holders, when: ` on ${claim.time.text?.replace(/^article date /, '') ?? span.start}` };
}

/** The statements a claim is judged against, with words saying when, or why there are none. */
export function selectStatements(claim: Claim, statements: Statement[], articleDate: string | undefined, fiscalYearStart?: number): Selection {
  if (statements.length === 0) return { statements: [], why: 'no statement for this attribute' };
  if (statements.some((s) => s.period)) return byPeriod(claim, statements, articleDate, fiscalYearStart);
  if (statements.some((s) => s.asOf)) return nearestAsOf(claim, statements.filter((s) => s.asOf));
  if (statements.some((s) => s.from || s.until)) return validAt(claim, statements);
  // No statement is dated: each one holds whatever the claim's time.
  return { statements, when: '' };
}
