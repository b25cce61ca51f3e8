import type { WikidataSnak, WikidataStatement } from './wikidata-json.js';

/**
 * Wikidata's data values -> the plain values a facts file holds. Each
 * function answers undefined for a value it cannot read faithfully (no
 * value, unknown value, a precision coarser than a year, a malformed
 * number) so that the import skips the statement instead of inventing one.
 */

const YEAR_PRECISION = 9;
const MONTH_PRECISION = 10;
const DAY_PRECISION = 11;
const TIME = /^\+(\d{4,})-(\d{2})-(\d{2})T/;
const JULIAN = 'http://www.wikidata.org/entity/Q1985786';
const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;

/** A time value at its own precision: `1999`, `2023-06` or `2023-06-30`; a Julian date only to its year. */
export function timeOf(snak: WikidataSnak | undefined): string | undefined {
  const value = valueOf(snak, 'time') as { time?: unknown; precision?: unknown; calendarmodel?: unknown } | undefined;
  if (typeof value?.time !== 'string' || typeof value.precision !== 'number') return undefined;
  const match = TIME.exec(value.time);
  if (!match || match[1].length !== 4 || value.precision < YEAR_PRECISION) return undefined;
  const [, year, month, day] = match;
  const precision = value.calendarmodel === JULIAN ? YEAR_PRECISION : Math.min(value.precision, DAY_PRECISION);
  if (precision === YEAR_PRECISION || month === '00') return year;
  if (precision === MONTH_PRECISION || day === '00') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}

/** A quantity's amount and its unit item (`Q4916`), or no unit for a plain count. */
export function quantityOf(snak: WikidataSnak | undefined): { amount: number; unit?: string } | undefined {
  const value = valueOf(snak, 'quantity') as { amount?: unknown; unit?: unknown } | undefined;
  if (typeof value?.amount !== 'string') return undefined;
  const amount = Number(value.amount);
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  const unit = typeof value.unit === 'string' ? ENTITY_URI.exec(value.unit)?.[1] : undefined;
  return unit ? { amount, unit } : { amount };
}

/** The item a statement points to (`Q42`). */
export function itemOf(snak: WikidataSnak | undefined): string | undefined {
  const value = valueOf(snak, 'wikibase-entityid') as { id?: unknown } | undefined;
  return typeof value?.id === 'string' && /^Q\d+$/.test(value.id) ? value.id : undefined;
}

/** A plain string value (an ISO 4217 code, for instance). */
export function stringOf(snak: WikidataSnak | undefined): string | undefined {
  const value = valueOf(snak, 'string');
  return typeof value === 'string' ? value : undefined;
}

/** The first qualifier of a property, read with `read`. */
export function qualifier<T>(statement: WikidataStatement, property: string, read: (snak: WikidataSnak) => T | undefined): T | undefined {
  for (const snak of statement.qualifiers?.[property] ?? []) {
    const value = read(snak);
    if (value !== undefined) return value;
  }
  return undefined;
}

function valueOf(snak: WikidataSnak | undefined, type: string): unknown {
  if (!snak || snak.snaktype !== 'value' || snak.datavalue?.type !== type) return undefined;
  return snak.datavalue.value;
}

/**
 * Statements as Wikidata ranks them: deprecated ones are dropped, and among
 * those that share a key (the same point in time, the same term), preferred
 * ones win over normal ones. With one key for all, this is Wikidata's own
 * "best statements" rule.
 */
export function bestStatements<T>(items: readonly { rank?: string; key: string; value: T }[]): T[] {
  const groups = new Map<string, { preferred: T[]; normal: T[] }>();
  for (const item of items) {
    if (item.rank === 'deprecated') continue;
    let group = groups.get(item.key);
    if (!group) groups.set(item.key, (group = { preferred: [], normal: [] }));
    (item.rank === 'preferred' ? group.preferred : group.normal).push(item.value);
  }
  const best: T[] = [];
  for (const group of groups.values()) {
    for (const value of group.preferred.length > 0 ? group.preferred : group.normal) best.push(value);
  }
  return best;
}
