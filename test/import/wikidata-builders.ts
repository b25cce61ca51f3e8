/**
 * Entity JSON in the shape Wikidata documents for `Special:EntityData` and
 * `wbgetentities` (snaks with datavalues, qualifiers, ranks), built from a
 * few calls so that tests read like the statements they describe.
 */

type Snak = { snaktype: string; property: string; datavalue?: { type: string; value: unknown } };
type Rank = 'preferred' | 'normal' | 'deprecated';

const GREGORIAN = 'http://www.wikidata.org/entity/Q1985727';

export function time(property: string, date: string, precision?: number): Snak {
  const [year, month = '00', day = '00'] = date.split('-');
  const p = precision ?? (date.length === 4 ? 9 : date.length === 7 ? 10 : 11);
  return {
    snaktype: 'value',
    property,
    datavalue: { type: 'time', value: { time: `+${year}-${month}-${day}T00:00:00Z`, timezone: 0, before: 0, after: 0, precision: p, calendarmodel: GREGORIAN } },
  };
}

export function quantity(property: string, amount: number, unit?: string): Snak {
  return {
    snaktype: 'value',
    property,
    datavalue: { type: 'quantity', value: { amount: `+${amount}`, unit: unit ? `http://www.wikidata.org/entity/${unit}` : '1' } },
  };
}

export function item(property: string, id: string): Snak {
  return { snaktype: 'value', property, datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id } } };
}

export function string(property: string, value: string): Snak {
  return { snaktype: 'value', property, datavalue: { type: 'string', value } };
}

export function unknownValue(property: string): Snak {
  return { snaktype: 'somevalue', property };
}

export function statement(mainsnak: Snak, qualifiers: Snak[] = [], rank: Rank = 'normal') {
  const grouped: Record<string, Snak[]> = {};
  for (const q of qualifiers) (grouped[q.property] ??= []).push(q);
  return { mainsnak, type: 'statement', rank, ...(qualifiers.length > 0 && { qualifiers: grouped }), id: `${mainsnak.property}$${Math.random().toString(16).slice(2)}` };
}

export function entity(id: string, labels: Record<string, string>, claims: ReturnType<typeof statement>[] = [], aliases: Record<string, string[]> = {}) {
  const byProperty: Record<string, ReturnType<typeof statement>[]> = {};
  for (const c of claims) (byProperty[c.mainsnak.property] ??= []).push(c);
  return {
    type: 'item',
    id,
    labels: Object.fromEntries(Object.entries(labels).map(([language, value]) => [language, { language, value }])),
    aliases: Object.fromEntries(Object.entries(aliases).map(([language, list]) => [language, list.map((value) => ({ language, value }))])),
    claims: byProperty,
  };
}

/** A currency item with its ISO 4217 code, as Wikidata has Q4916 (euro) with P498 "EUR". */
export function currency(id: string, code: string, label: string) {
  return entity(id, { en: label, fr: label }, [statement(string('P498', code))]);
}

export function person(id: string, name: string) {
  return entity(id, { en: name, fr: name });
}

/** An invented company with every property an import reads, with ranks and qualifiers to choose from. */
export function acmeRobotics() {
  return entity(
    'Q9001',
    { fr: 'Acmé Robotique', en: 'Acme Robotics' },
    [
      statement(time('P571', '1994-03-12')),
      statement(time('P571', '1995'), [], 'deprecated'),
      statement(item('P112', 'Q9101')),
      statement(item('P112', 'Q9102')),
      statement(item('P159', 'Q9201'), [time('P582', '2010')]),
      statement(item('P159', 'Q9202')),
      statement(quantity('P1128', 1200), [time('P585', '2019')]),
      statement(quantity('P1128', 1450), [time('P585', '2023-12')], 'preferred'),
      statement(quantity('P1128', 1400), [time('P585', '2023-12')]),
      statement(quantity('P1128', 999)),
      statement(quantity('P2139', 412500000, 'Q9301'), [time('P585', '2023')]),
      statement(quantity('P2139', 98000000, 'Q9301'), [time('P580', '2024-01-01'), time('P582', '2024-03-31')]),
      statement(quantity('P2139', 5, 'Q9301')),
      statement(item('P169', 'Q9103'), [time('P580', '1994'), time('P582', '2019-04')]),
      statement(item('P169', 'Q9104'), [time('P580', '2019-04')]),
      statement(unknownValue('P169')),
    ],
    { fr: ['Acmé', 'ACME'], en: ['Acme'] },
  );
}

/** The items Acme Robotics refers to. */
export function acmeReferences() {
  return [
    person('Q9101', 'Ada Martin'),
    person('Q9102', 'Paul Durand'),
    entity('Q9201', { fr: 'Grenoble', en: 'Grenoble' }),
    entity('Q9202', { fr: 'Lyon', en: 'Lyon' }),
    currency('Q9301', 'EUR', 'euro'),
    person('Q9103', 'Ada Martin'),
    person('Q9104', 'Claire Roux'),
  ];
}
