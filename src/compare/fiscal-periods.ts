/**
 * The calendar interval of a period named in an entity's own year. An
 * entity whose year starts in April names its fiscal year after the
 * calendar year it ends in: fiscal 2024 is 2023-04-01/2024-03-31, and its
 * first half 2023-04-01/2023-09-30. Pure calendar arithmetic, no time zones.
 */
import type { Interval } from '../types.js';

export type PeriodKind = 'quarter' | 'half' | 'year';

const MONTHS_IN: Record<PeriodKind, number> = { quarter: 3, half: 6, year: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-01` of a month counted from year 0 (month 0 = January of year 0). */
function firstOf(monthIndex: number): string {
  return `${Math.floor(monthIndex / 12)}-${pad((monthIndex % 12) + 1)}-01`;
}

/** The last day of the month before the month counted from year 0. */
function lastBefore(monthIndex: number): string {
  const year = Math.floor((monthIndex - 1) / 12);
  const month = ((monthIndex - 1) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

/** The month, counted from year 0, that opens the year ending in calendar year `fiscalYear`, for a year starting in month `start`. */
function yearOpening(start: number, fiscalYear: number): number {
  // A year starting in January ends in the year it starts; any other ends in the next calendar year.
  return (start === 1 ? fiscalYear : fiscalYear - 1) * 12 + (start - 1);
}

/** The `months` months from the month `from`, counted from year 0. */
function monthsFrom(from: number, months: number): Interval {
  return { start: firstOf(from), end: lastBefore(from + months) };
}

/** The latest of a series of periods, one per fiscal year, that ended on or before `date` (YYYY-MM-DD). */
function latestEndedBy(date: string, periodOf: (fiscalYear: number) => Interval): Interval {
  for (let fiscalYear = Number(date.slice(0, 4)) + 1; ; fiscalYear--) {
    const interval = periodOf(fiscalYear);
    if (interval.end <= date) return interval;
  }
}

/**
 * Period `index` (1-based; 1 for a whole year) of the fiscal year that ends
 * in calendar year `fiscalYear`, for a year starting in month `start` (1-12).
 */
export function fiscalInterval(start: number, fiscalYear: number, kind: PeriodKind, index = 1): Interval {
  return monthsFrom(yearOpening(start, fiscalYear) + (index - 1) * MONTHS_IN[kind], MONTHS_IN[kind]);
}

/**
 * The last period `index` of that kind, in the entity's own year, that ended
 * on or before `date` (YYYY-MM-DD): "le premier semestre" in an article of
 * 2024-11-20, for a year starting in April, is 2024-04-01/2024-09-30.
 */
export function lastEndedBefore(start: number, kind: PeriodKind, index: number, date: string): Interval {
  return latestEndedBy(date, (fiscalYear) => fiscalInterval(start, fiscalYear, kind, index));
}

/** True when a statement's period is the interval meant, to the month (a quarter "to 30 November" is "to November"). */
export function sameMonths(a: Interval, b: Interval): boolean {
  return a.start.slice(0, 7) === b.start.slice(0, 7) && a.end.slice(0, 7) === b.end.slice(0, 7);
}

/**
 * The first `months` months of the year that ends in `fiscalYear`, for a
 * year starting in month `start`: "the first nine months of 2024" is
 * 2024-01-01/2024-09-30 for a calendar year.
 */
export function openingMonths(start: number, fiscalYear: number, months: number): Interval {
  return monthsFrom(yearOpening(start, fiscalYear), months);
}

/** The latest first `months` months, of a year starting in month `start`, that ended on or before `date`. */
export function lastOpeningEndedBefore(start: number, months: number, date: string): Interval {
  return latestEndedBy(date, (fiscalYear) => openingMonths(start, fiscalYear, months));
}

/** The `months` months that end with the month of `end` (YYYY-MM-DD): "the nine months ended 30 September 2024". */
export function monthsEndingAt(end: string, months: number): Interval {
  const after = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7));
  return monthsFrom(after - months, months);
}
