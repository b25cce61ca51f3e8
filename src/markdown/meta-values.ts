/**
 * Front matter values as authors write them, to the one form the rest of
 * factlint compares: YAML reads `date: 2019` as a number and a custom tag
 * may give a Date; `lang: fr-FR` means French.
 */
import type { Lang } from '../types.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the day is dropped), or undefined when it is not a real date. */
export function normalizeDate(raw: unknown): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? String(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(raw.trim());
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (month === undefined) return year;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const dd = Number(day);
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const max = mm === 2 && !leap ? 28 : DAYS_IN_MONTH[mm - 1];
  return dd >= 1 && dd <= max ? `${year}-${month}-${day}` : undefined;
}

/** `fr`, `en`, and their regional forms (`fr-FR`, `en_GB`), in any case. */
export function normalizeLang(raw: unknown): Lang | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(fr|en)(?:[-_][A-Za-z0-9]{2,8})*$/i.exec(raw.trim());
  return m ? (m[1].toLowerCase() as Lang) : undefined;
}
