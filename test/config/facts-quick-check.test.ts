import { describe, expect, it } from 'vitest';
import { passesFactsSchema } from '../../src/config/facts-quick-check.js';
import { entitiesFileSchema, entitySchema } from '../../src/config/facts-schema.js';

/** What parseFacts asks of zod: the form `entities:` chooses. */
function zodReads(data: unknown): { success: boolean; data?: unknown } {
  const form = typeof data === 'object' && data !== null && !Array.isArray(data) && 'entities' in data ? entitiesFileSchema : entitySchema;
  return form.safeParse(data);
}

/** The quick check may refuse what zod accepts (zod then decides), never the other way, and zod must return what it was given. */
function expectAgreement(data: unknown): boolean {
  const quick = passesFactsSchema(data);
  const zod = zodReads(data);
  if (quick) {
    expect(zod.success, JSON.stringify(data)).toBe(true);
    expect(zod.data).toEqual(data);
  }
  return quick;
}

const veloria = () => ({
  entity: 'veloria',
  name: 'Veloria Systems',
  aliases: ['Veloria', 'VLR'],
  fiscalYearStart: 4,
  facts: {
    founded: 1987,
    founders: ['Anne Brisac', 'Marc Tollen'],
    headquarters: 'Grenoble',
    employees: [
      { value: 1450, asOf: '2023-12', source: 'Rapport annuel 2023', severity: 'warning', tolerance: '2%' },
      { value: 1200, asOf: 2022 },
    ],
    revenue: { value: 275.3e6, unit: 'EUR', period: '2023-04-01/2024-03-31', label: 'FY 2024', tolerance: 0 },
    ceo: [{ value: 'Ilse Varnholt', from: '2019-03', until: 2024 }, { value: 'Tom Greer', from: '2024-06-02' }],
    'board-size': 9,
  },
});

describe('passesFactsSchema', () => {
  it.each([
    ['an entity with every kind of fact', veloria()],
    ['an entity with only a name', { entity: 'nordwind', name: 'Nordwind' }],
    ['one alias written alone', { entity: 'nordwind', name: 'Nordwind', aliases: 'NW' }],
    ['no aliases in a list', { entity: 'nordwind', name: 'Nordwind', aliases: [] }],
    ['a list of entities', { entities: [veloria(), { entity: 'cyclon', name: 'Cyclon' }] }],
    ['a role that ends the month it starts', { entity: 'cyclon', name: 'Cyclon', facts: { ceo: [{ value: 'Ana Ruiz', from: '2020-05', until: '2020-05' }] } }],
  ])('passes %s, as zod does, unchanged', (_, data) => {
    expect(expectAgreement(data)).toBe(true);
  });

  it.each([
    ['an id that is not kebab-case', { entity: 'Veloria', name: 'Veloria' }],
    ['an empty name', { entity: 'veloria', name: '' }],
    ['a key the schema does not know', { entity: 'veloria', name: 'Veloria', website: 'veloria.example' }],
    ['a month 13 for the fiscal year', { entity: 'veloria', name: 'Veloria', fiscalYearStart: 13 }],
    ['a fiscal month that is not whole', { entity: 'veloria', name: 'Veloria', fiscalYearStart: 2.5 }],
    ['a null alias list', { entity: 'veloria', name: 'Veloria', aliases: null }],
    ['an attribute in camel case', { entity: 'veloria', name: 'Veloria', facts: { foundedIn: 1987 } }],
    ['an empty list of statements', { entity: 'veloria', name: 'Veloria', facts: { employees: [] } }],
    ['a statement without value', { entity: 'veloria', name: 'Veloria', facts: { employees: [{ asOf: 2023 }] } }],
    ['an infinite value', { entity: 'veloria', name: 'Veloria', facts: { employees: Infinity } }],
    ['a date not on the calendar', { entity: 'veloria', name: 'Veloria', facts: { employees: [{ value: 3, asOf: '2023-02-30' }] } }],
    ['a year of three digits', { entity: 'veloria', name: 'Veloria', facts: { employees: [{ value: 3, asOf: 999 }] } }],
    ['a period that ends before it starts', { entity: 'veloria', name: 'Veloria', facts: { revenue: [{ value: 3, period: '2024/2023' }] } }],
    ['a negative tolerance', { entity: 'veloria', name: 'Veloria', facts: { revenue: [{ value: 3, tolerance: -1 }] } }],
    ['a tolerance in words', { entity: 'veloria', name: 'Veloria', facts: { revenue: [{ value: 3, tolerance: 'five percent' }] } }],
    ['an unknown severity', { entity: 'veloria', name: 'Veloria', facts: { revenue: [{ value: 3, severity: 'fatal' }] } }],
    ['a term that ends before it starts', { entity: 'veloria', name: 'Veloria', facts: { ceo: [{ value: 'Ana Ruiz', from: '2021', until: '2020-12' }] } }],
    ['values and statements in one list', { entity: 'veloria', name: 'Veloria', facts: { ceo: ['Ana Ruiz', { value: 'Tom Greer' }] } }],
    ['an empty list of entities', { entities: [] }],
    ['a list of entities beside an entity key', { entities: [{ entity: 'cyclon', name: 'Cyclon' }], entity: 'acme' }],
    ['a list of entities with one broken', { entities: [{ entity: 'cyclon', name: 'Cyclon' }, { entity: 'acme' }] }],
  ])('leaves %s to zod, which refuses it', (_, data) => {
    expect(expectAgreement(data)).toBe(false);
    expect(zodReads(data).success).toBe(false);
  });

  it('never passes what zod refuses or would change, whatever single value of an entity is replaced', () => {
    const odd: unknown[] = [undefined, null, 0, -1, 1.5, 12, 1999, 10_000, NaN, '', 'x', 'Acme', 'acme-2', '2024', '2024-02-29', '2023-02-29', '2024/2025', '5%', 'error', [], ['a'], [''], [{ value: 1 }], {}, { value: 1 }, { value: 'a', from: 2020 }];
    const leaves = (data: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof data === 'object' && data !== null ? [path, ...Object.entries(data).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(data) ? Number(k) : k]))] : [path];
    let passed = 0;
    for (const path of leaves(veloria()).filter((p) => p.length > 0)) {
      for (const value of odd) {
        const data = veloria();
        let parent: Record<string | number, unknown> = data;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        parent[path[path.length - 1]] = value;
        if (expectAgreement(data)) passed++;
      }
    }
    // Most replacements break the entity; the check must still pass the many that do not.
    expect(passed).toBeGreaterThan(100);
  });
});
