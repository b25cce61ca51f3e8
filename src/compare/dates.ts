/** Calendar arithmetic on ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), in days, without time zones. */
import type { Interval } from '../types.js';
import { spanOfIso } from '../claims/time.js';

export const DAY = 86_400_000;

export function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / DAY;
}

/** The interval an ISO date of any precision covers. */
export { spanOfIso as spanOf };

/** Days between two intervals; 0 when they overlap. */
export function gapDays(a: Interval, b: Interval): number {
  const as = dayNumber(a.start);
  const ae = dayNumber(a.end);
  const bs = dayNumber(b.start);
  const be = dayNumber(b.end);
  if (ae < bs) return bs - ae;
  if (be < as) return as - be;
  return 0;
}

/** Length of an interval in days, both ends included. */
export function lengthDays(i: Interval): number {
  return dayNumber(i.end) - dayNumber(i.start) + 1;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return gapDays(a, b) === 0;
}
