/**
 * The facts file schema (facts-schema.ts) as plain code, for the data of a
 * well-formed file. zod checks an entity in about the time it takes to read
 * it, and returns a copy of it; with 10,000 entities that was a sixth of
 * the loading. This check says only "passes": it accepts nothing the schema
 * refuses, and the schema, which neither transforms nor drops anything
 * from a file that passes, would return data equal to its input. Anything
 * it is unsure of says "no", and zod then checks the file and words its
 * problems (test/config/facts-quick-check.test.ts compares the two).
 */
import { DATE_PATTERN, PERIOD_PATTERN, firstDay, isCalendarDate, isOrderedPeriod, lastDay } from './dates.js';
import { KEBAB } from './schema-parts.js';
import { PERCENT_PATTERN } from './tolerance.js';

type Data = Record<string, unknown>;

const ENTITY_KEYS = new Set(['entity', 'name', 'aliases', 'fiscalYearStart', 'facts']);
const STATEMENT_KEYS = new Set(['value', 'source', 'asOf', 'from', 'until', 'period', 'unit', 'label', 'tolerance', 'severity']);
const SEVERITIES = new Set(['error', 'warning', 'notice']);
const ENTITY_LIST_KEYS = new Set(['entities']);
/** True when `data` surely passes the facts file schema in the form `entities:` chooses (see parseFacts). */
export function passesFactsSchema(data: unknown): boolean {
  if (!isData(data) || !('entities' in data)) return isEntity(data);
  const { entities } = data;
  return onlyKeys(data, ENTITY_LIST_KEYS) && Array.isArray(entities) && entities.length > 0 && entities.every(isEntity);
}

function isEntity(input: unknown): boolean {
  if (!isData(input) || !onlyKeys(input, ENTITY_KEYS)) return false;
  const { entity, name, aliases, fiscalYearStart, facts } = input;
  return (
    typeof entity === 'string' && KEBAB.test(entity) &&
    isText(name) &&
    (aliases === undefined || isText(aliases) || (Array.isArray(aliases) && aliases.every(isText))) &&
    (fiscalYearStart === undefined || (Number.isSafeInteger(fiscalYearStart) && (fiscalYearStart as number) >= 1 && (fiscalYearStart as number) <= 12)) &&
    (facts === undefined || (isData(facts) && Object.keys(facts).every((attribute) => KEBAB.test(attribute) && isFact(facts[attribute]))))
  );
}

/** A short value, a short list, one statement or a list of statements. */
function isFact(fact: unknown): boolean {
  if (isValue(fact)) return true;
  if (Array.isArray(fact)) return fact.length > 0 && fact.every(isStatement);
  return isStatement(fact);
}

function isValue(value: unknown): boolean {
  return isNumber(value) || isText(value) || (Array.isArray(value) && value.length > 0 && value.every(isText));
}

function isStatement(input: unknown): boolean {
  if (!isData(input) || !('value' in input) || !onlyKeys(input, STATEMENT_KEYS)) return false;
  const { value, source, asOf, from, until, period, unit, label, tolerance, severity } = input;
  return (
    isValue(value) &&
    optional(source, isText) && optional(unit, isText) && optional(label, isText) &&
    optional(asOf, isDate) && optional(from, isDate) && optional(until, isDate) &&
    optional(period, isPeriod) &&
    optional(tolerance, (t) => (isNumber(t) && t >= 0) || (typeof t === 'string' && PERCENT_PATTERN.test(t))) &&
    optional(severity, (s) => typeof s === 'string' && SEVERITIES.has(s)) &&
    (from === undefined || until === undefined || firstDay(String(from)) <= lastDay(String(until)))
  );
}

function isDate(value: unknown): boolean {
  if (typeof value === 'number') return isYear(value);
  return typeof value === 'string' && DATE_PATTERN.test(value) && isCalendarDate(value);
}

function isPeriod(value: unknown): boolean {
  if (typeof value === 'number') return isYear(value);
  return typeof value === 'string' && PERIOD_PATTERN.test(value) && isOrderedPeriod(value);
}

function isYear(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1000 && value <= 9999;
}

function optional(value: unknown, passes: (value: unknown) => boolean): boolean {
  return value === undefined || passes(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function onlyKeys(data: Data, allowed: ReadonlySet<string>): boolean {
  for (const key in data) if (!allowed.has(key)) return false;
  return true;
}
