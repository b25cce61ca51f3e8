import { foldKey } from '../text/fold.js';
import { sourceOf, type ImportedEntity, type ImportedStatement } from './imported-entity.js';
import type { WikidataEntity, WikidataStatement } from './wikidata-json.js';
import { PROPERTIES as P } from './wikidata-json.js';
import { bestStatements, itemOf, qualifier, quantityOf, timeOf } from './wikidata-values.js';

/** Names and currency codes of the items an entity refers to (founders, places, CEOs, currencies). */
export interface ReferencedItems {
  /** The item's label in the first of the languages that has one. */
  label(item: string): string | undefined;
  /** The ISO 4217 code of a currency item (`Q4916` -> `EUR`). */
  currencyCode(item: string): string | undefined;
}

/**
 * One Wikidata item -> one facts-file entity. Only what Wikidata states with
 * a usable value and time is imported: a headcount without a point in time,
 * a revenue without a period or currency, or a founder without a label in
 * the chosen languages is listed in `skipped` instead of being guessed.
 */
export function wikidataToEntity(entity: WikidataEntity, langs: readonly string[], refs: ReferencedItems): ImportedEntity | { error: string } {
  const name = labelIn(entity, langs);
  if (!name) return { error: `${entity.id} has no label in ${langs.join(', ')}` };
  const skipped: string[] = [];
  const claims = (property: string): WikidataStatement[] => entity.claims?.[property] ?? [];
  const out: ImportedEntity = { item: entity.id, id: kebabId(name, entity.id), name, aliases: aliasesIn(entity, langs, name), facts: {}, skipped };
  const add = (attribute: string, statements: ImportedStatement[]) => {
    if (statements.length > 0) out.facts[attribute] = statements;
  };

  const years = bestStatements(claims(P.founded).map((s) => ({ rank: s.rank, key: '', value: timeOf(s.mainsnak)?.slice(0, 4) })));
  const founded = unique(years.filter((y): y is string => y !== undefined));
  if (founded.length === 1) add('founded', [{ value: Number(founded[0]), source: sourceOf(entity.id, P.founded) }]);
  else if (founded.length > 1) skipped.push(`founded: Wikidata gives ${founded.join(' and ')}, none preferred`);

  const founders = namesOf(claims(P.founders), refs, 'founders', skipped, () => '');
  if (founders.length > 0) add('founders', [{ value: unique(founders.map((f) => f.name)), source: sourceOf(entity.id, P.founders) }]);

  const current = claims(P.headquarters).filter((s) => qualifier(s, P.endTime, timeOf) === undefined);
  const places = unique(namesOf(current, refs, 'headquarters', skipped, () => '').map((p) => p.name));
  if (places.length === 1) add('headquarters', [{ value: places[0], source: sourceOf(entity.id, P.headquarters) }]);
  else if (places.length > 1) skipped.push(`headquarters: Wikidata gives ${places.join(' and ')}, none preferred`);

  add('employees', employeesOf(entity.id, claims(P.employees), skipped));
  add('revenue', revenueOf(entity.id, claims(P.revenue), refs, skipped));
  add(
    'ceo',
    namesOf(claims(P.ceo), refs, 'ceo', skipped, (s) => `${qualifier(s, P.startTime, timeOf) ?? ''}`).map(({ name: holder, statement }) => {
      const from = qualifier(statement, P.startTime, timeOf);
      const until = qualifier(statement, P.endTime, timeOf);
      return { value: holder, ...(from && { from }), ...(until && { until }), source: sourceOf(entity.id, P.ceo) };
    }),
  );
  return out;
}

function employeesOf(item: string, statements: WikidataStatement[], skipped: string[]): ImportedStatement[] {
  const ranked = statements.map((s) => {
    const amount = quantityOf(s.mainsnak)?.amount;
    const asOf = qualifier(s, P.pointInTime, timeOf);
    return { rank: s.rank, key: asOf ?? '', value: { amount, asOf } };
  });
  const out: ImportedStatement[] = [];
  for (const { amount, asOf } of bestStatements(ranked)) {
    if (amount === undefined || !Number.isInteger(amount)) skipped.push('employees: a value that is not a whole number');
    else if (asOf === undefined) skipped.push(`employees: ${amount} has no point in time (P585)`);
    else out.push({ value: amount, asOf, source: sourceOf(item, P.employees) });
  }
  return byTime(out);
}

function revenueOf(item: string, statements: WikidataStatement[], refs: ReferencedItems, skipped: string[]): ImportedStatement[] {
  const ranked = statements.map((s) => {
    const period = periodOf(s);
    return { rank: s.rank, key: period ?? '', value: { quantity: quantityOf(s.mainsnak), period } };
  });
  const out: ImportedStatement[] = [];
  for (const { quantity, period } of bestStatements(ranked)) {
    const unit = quantity?.unit && refs.currencyCode(quantity.unit);
    if (!quantity) skipped.push('revenue: a value that is not an amount');
    else if (!period) skipped.push(`revenue: ${quantity.amount} has no period (P585, or P580 and P582)`);
    else if (!unit) skipped.push(`revenue: ${quantity.amount} for ${period} has no currency with an ISO 4217 code`);
    else out.push({ value: quantity.amount, unit, period, source: sourceOf(item, P.revenue) });
  }
  return byTime(out);
}

/**
 * The period a revenue figure covers: its start and end qualifiers, else its
 * point in time. A year is that year; a finer point in time is taken as the
 * last day of the twelve months it closes, as annual reports date a fiscal year.
 */
function periodOf(statement: WikidataStatement): string | undefined {
  const start = qualifier(statement, P.startTime, timeOf);
  const end = qualifier(statement, P.endTime, timeOf);
  if (start && end) return `${start}/${end}`;
  const point = qualifier(statement, P.pointInTime, timeOf);
  if (!point || point.length === 4) return point;
  const [year, month, day] = point.split('-').map(Number);
  const last = day ? new Date(Date.UTC(year, month - 1, day)) : new Date(Date.UTC(year, month, 0));
  const first = new Date(Date.UTC(last.getUTCFullYear() - 1, last.getUTCMonth(), last.getUTCDate() + 1));
  return `${isoDay(first)}/${isoDay(last)}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** People or places a property points to, by label; a statement whose item has no label is listed as skipped. */
function namesOf(
  statements: WikidataStatement[],
  refs: ReferencedItems,
  attribute: string,
  skipped: string[],
  key: (s: WikidataStatement) => string,
): { name: string; statement: WikidataStatement }[] {
  const ranked = statements.map((s) => ({ rank: s.rank, key: key(s), value: s }));
  const out: { name: string; statement: WikidataStatement }[] = [];
  for (const statement of bestStatements(ranked)) {
    const item = itemOf(statement.mainsnak);
    const name = item && refs.label(item);
    if (name) out.push({ name, statement });
    else if (item) skipped.push(`${attribute}: ${item} has no label in the chosen languages`);
  }
  return out;
}

function labelIn(entity: WikidataEntity, langs: readonly string[]): string | undefined {
  for (const lang of [...langs, 'mul']) {
    const label = entity.labels?.[lang]?.value.trim();
    if (label) return label;
  }
  return undefined;
}

/** Labels in the other chosen languages and aliases in all of them, each once, the name left out. */
function aliasesIn(entity: WikidataEntity, langs: readonly string[], name: string): string[] {
  const seen = new Set([foldKey(name)]);
  const out: string[] = [];
  const offer = (text: string | undefined) => {
    const clean = text?.trim();
    if (!clean || seen.has(foldKey(clean))) return;
    seen.add(foldKey(clean));
    out.push(clean);
  };
  for (const lang of langs) offer(entity.labels?.[lang]?.value);
  for (const lang of [...langs, 'mul']) for (const alias of entity.aliases?.[lang] ?? []) offer(alias.value);
  return out;
}

/** A kebab-case id from a name ("Société Générale" -> "societe-generale"), else from the item. */
export function kebabId(name: string, item: string): string {
  const id = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || item.toLowerCase();
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function byTime(statements: ImportedStatement[]): ImportedStatement[] {
  return statements.sort((a, b) => String(a.asOf ?? a.period).localeCompare(String(b.asOf ?? b.period)));
}
