import type { Interval } from '../types.js';

/**
 * Dates as fact authors write them: a year, a month or a day, each as precise
 * as the source. A period is an ISO 8601 interval of such dates, widened to
 * whole days so that comparison never has to guess.
 */

const DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, month and day in range. */
export const DATE_PATTERN = new RegExp(`^${DAY}$`);

/** A date, or two joined by `/`. */
export const PERIOD_PATTERN = new RegExp(`^${DAY}(?:/${DAY})?$`);

/**
 * False for dates that match the pattern but are not on the calendar, such
 * as `2025-02-30`. Read by position (the pattern fixes where each part is):
 * it runs for every date of every facts file.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length < 10) return true;
  return Number(text.slice(8, 10)) <= daysInMonth(Number(text.slice(0, 4)), Number(text.slice(5, 7)));
}

/** The first day a date covers: `2025-09` -> `2025-09-01`. */
export function firstDay(text: string): string {
  const [year, month = '01', day = '01'] = text.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a date covers: `2024-02` -> `2024-02-29`, `2024` -> `2024-12-31`. */
export function lastDay(text: string): string {
  const [year, month, day] = text.split('-');
  if (day) return text;
  const m = month ?? '12';
  return `${year}-${m}-${String(daysInMonth(Number(year), Number(m))).padStart(2, '0')}`;
}

/** `2025-09/2025-11` -> {2025-09-01, 2025-11-30}; `2024` -> the whole year. */
export function parsePeriod(text: string): Interval {
  const [from, to = from] = text.split('/');
  return { start: firstDay(from), end: lastDay(to) };
}

/** True when every date in the period is on the calendar and it does not end before it starts. */
export function isOrderedPeriod(text: string): boolean {
  const parts = text.split('/');
  if (!parts.every(isCalendarDate)) return false;
  const { start, end } = parsePeriod(text);
  return start <= end;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar, which ISO 8601 dates follow (year 0000 included). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
