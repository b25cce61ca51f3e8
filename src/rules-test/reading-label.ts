/**
 * The words a rule example (and a reading table) uses for a claim's time
 * and verdict, so that an expectation is written as a person says it
 * ("Q1 2025", "2024", "not judged") rather than as the structure holds it.
 */
import type { ClaimTime, Interval, VerdictKind } from '../types.js';

export type VerdictName = 'contradiction' | 'agrees' | 'not judged';

const VERDICT_NAMES: Record<VerdictKind, VerdictName> = { contradiction: 'contradiction', consistent: 'agrees', unverifiable: 'not judged' };

export function verdictName(kind: VerdictKind): VerdictName {
  return VERDICT_NAMES[kind];
}

/** A day, a month, a whole year, or the interval itself. */
function spanLabel({ start, end }: Interval): string {
  if (start === end) return start;
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return year;
  if (start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) {
    const next = new Date(`${end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (next.getUTCDate() === 1) return start.slice(0, 7);
  }
  return `${start}/${end}`;
}

/**
 * "none" when the claim has no time, "article" when it takes the article's
 * date; else the period the sentence names: "Q1 2025", "H1", "9M" (the
 * first nine months), "FY2024",
 * "FY" (a year of the entity's own, unnamed), "ended 2025-11-30", or the
 * span: "2024", "2024-03", "2024-03-31".
 */
export function timeLabel(time: ClaimTime): string {
  if (time.source === 'none') return 'none';
  if (time.source === 'article') return 'article';
  const parts: string[] = [];
  if (time.periodKind === 'quarter') parts.push(`Q${time.periodIndex}`);
  if (time.periodKind === 'half') parts.push(`H${time.periodIndex}`);
  if (time.periodKind === 'months') parts.push(`${time.periodIndex}M`);
  if (time.fiscalYear !== undefined) parts.push(`FY${time.fiscalYear}`);
  else if (time.periodKind === 'year') parts.push('FY');
  if (time.periodYear !== undefined) parts.push(String(time.periodYear));
  if (time.periodEnd) parts.push(`ended ${time.periodEnd}`);
  if (parts.length === 0 && time.span) parts.push(spanLabel(time.span));
  return parts.join(' ') || 'none';
}
