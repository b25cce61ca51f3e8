import { describe, expect, it } from 'vitest';
import { lookupOf } from '../../src/import/referenced-items.js';
import { readEntityData } from '../../src/import/wikidata-json.js';
import { kebabId, wikidataToEntity } from '../../src/import/wikidata-to-entity.js';
import { acmeReferences, acmeRobotics, currency, entity, item, person, quantity, statement, time } from './wikidata-builders.js';

function convert(subject: ReturnType<typeof entity>, refs: ReturnType<typeof entity>[] = [], langs = ['fr', 'en']) {
  const [parsed] = readEntityData({ entities: { [subject.id]: subject } }).entities;
  return wikidataToEntity(parsed, langs, lookupOf(readEntityData({ entities: Object.fromEntries(refs.map((r) => [r.id, r])) }).entities, langs));
}

describe('wikidataToEntity: a company with every property', () => {
  const acme = convert(acmeRobotics(), acmeReferences());

  it('names it in the first language; other labels and aliases become aliases, each once whatever its case or accents', () => {
    expect(acme).toMatchObject({ item: 'Q9001', id: 'acme-robotique', name: 'Acmé Robotique', aliases: ['Acme Robotics', 'Acmé'] });
  });

  it('reads every attribute, deprecated values skipped and preferred ones winning at the same date', () => {
    expect('facts' in acme && acme.facts).toEqual({
      founded: [{ value: 1994, source: 'Wikidata Q9001 P571' }],
      founders: [{ value: ['Ada Martin', 'Paul Durand'], source: 'Wikidata Q9001 P112' }],
      headquarters: [{ value: 'Lyon', source: 'Wikidata Q9001 P159' }],
      employees: [
        { value: 1200, asOf: '2019', source: 'Wikidata Q9001 P1128' },
        { value: 1450, asOf: '2023-12', source: 'Wikidata Q9001 P1128' },
      ],
      revenue: [
        { value: 412500000, unit: 'EUR', period: '2023', source: 'Wikidata Q9001 P2139' },
        { value: 98000000, unit: 'EUR', period: '2024-01-01/2024-03-31', source: 'Wikidata Q9001 P2139' },
      ],
      ceo: [
        { value: 'Ada Martin', from: '1994', until: '2019-04', source: 'Wikidata Q9001 P169' },
        { value: 'Claire Roux', from: '2019-04', source: 'Wikidata Q9001 P169' },
      ],
    });
  });

  it('lists what it could not import instead of guessing', () => {
    expect('skipped' in acme && acme.skipped).toEqual([
      'employees: 999 has no point in time (P585)',
      'revenue: 5 has no period (P585, or P580 and P582)',
    ]);
  });
});

describe('wikidataToEntity: single cases', () => {
  const eur = currency('Q4916', 'EUR', 'euro');
  const cases: { name: string; claims: ReturnType<typeof statement>[]; refs?: ReturnType<typeof entity>[]; facts: object; skipped?: string[] }[] = [
    { name: 'a founding date at day precision gives its year', claims: [statement(time('P571', '2011-03-02'))], facts: { founded: [{ value: 2011, source: 'Wikidata Q1 P571' }] } },
    { name: 'a founding decade is too coarse to import', claims: [statement(time('P571', '1990', 8))], facts: {} },
    {
      name: 'two founding years with none preferred are left to the maintainer',
      claims: [statement(time('P571', '1990')), statement(time('P571', '1991'))],
      facts: {},
      skipped: ['founded: Wikidata gives 1990 and 1991, none preferred'],
    },
    { name: 'a preferred founding year wins', claims: [statement(time('P571', '1990')), statement(time('P571', '1991'), [], 'preferred')], facts: { founded: [{ value: 1991, source: 'Wikidata Q1 P571' }] } },
    {
      name: 'a revenue dated by a day closes twelve months',
      claims: [statement(quantity('P2139', 7e9, 'Q4916'), [time('P585', '2024-03-31')])],
      refs: [eur],
      facts: { revenue: [{ value: 7e9, unit: 'EUR', period: '2023-04-01/2024-03-31', source: 'Wikidata Q1 P2139' }] },
    },
    {
      name: 'a revenue whose currency has no ISO code is skipped',
      claims: [statement(quantity('P2139', 7e9, 'Q777'), [time('P585', '2024')])],
      refs: [entity('Q777', { en: 'gold coin' })],
      facts: {},
      skipped: ['revenue: 7000000000 for 2024 has no currency with an ISO 4217 code'],
    },
    {
      name: 'a founder with no label in the chosen languages is skipped',
      claims: [statement(item('P112', 'Q55'))],
      refs: [entity('Q55', { de: 'Hans Weiß' })],
      facts: {},
      skipped: ['founders: Q55 has no label in the chosen languages'],
    },
    {
      name: 'two current headquarters with none preferred are left to the maintainer',
      claims: [statement(item('P159', 'Q60')), statement(item('P159', 'Q61'))],
      refs: [entity('Q60', { en: 'Paris' }), entity('Q61', { en: 'Berlin' })],
      facts: {},
      skipped: ['headquarters: Wikidata gives Paris and Berlin, none preferred'],
    },
    { name: 'a headcount that is not whole is skipped', claims: [statement(quantity('P1128', 12.5), [time('P585', '2020')])], facts: {}, skipped: ['employees: a value that is not a whole number'] },
    { name: 'a chief executive by label', claims: [statement(item('P169', 'Q70'), [time('P580', '2021-06-01')])], refs: [person('Q70', 'Jane Roe')], facts: { ceo: [{ value: 'Jane Roe', from: '2021-06-01', source: 'Wikidata Q1 P169' }] } },
  ];
  it.each(cases)('$name', ({ claims, refs = [], facts, skipped = [] }) => {
    const out = convert(entity('Q1', { en: 'Cyclon' }, claims), refs);
    expect(out).toMatchObject({ facts, skipped });
  });

  it('is an error when the item has no label in the chosen languages', () => {
    expect(convert(entity('Q1', { de: 'Nordwind' }), [], ['fr', 'en'])).toEqual({ error: 'Q1 has no label in fr, en' });
  });
});

describe('kebabId', () => {
  it.each([
    ['Société Générale', 'societe-generale'],
    ['Acme, Inc.', 'acme-inc'],
    ['../../etc/passwd', 'etc-passwd'],
    ['日本', 'q42'],
  ])('%s -> %s', (name, id) => expect(kebabId(name, 'Q42')).toBe(id));
});

describe('readEntityData', () => {
  it('refuses what is not entity JSON', () => {
    expect(readEntityData({ hello: 1 })).toEqual({ entities: [], errors: ['not Wikidata entity JSON (no "entities" object)'] });
  });
  it('leaves out ids that wbgetentities marks missing', () => {
    expect(readEntityData({ entities: { Q404: { id: 'Q404', missing: '' } } })).toEqual({ entities: [], errors: [] });
  });
});
