import { describe, expect, test } from 'vitest';
import { parseFacts } from '../../src/config/parse-facts.js';
import { printed, yaml } from './helpers.js';

const FILE = 'facts/acme.yml';

describe('parseFacts: valid files', () => {
  test('short forms, statements and dated statements', () => {
    const text = yaml`
      entity: acme
      name: Acmé
      aliases: [ACME, Acme Group]
      facts:
        founded: 1987
        founders: [Ada Martin, Paul Durand]
        headquarters: Lyon
        employees:
          - value: 1200
            asOf: 2020-06
            source: "Annual report 2020"
          - value: 1450
            asOf: 2022
        revenue:
          value: 412.5e6
          unit: EUR
          period: 2023-01/2023-06
          label: H1 2023
          tolerance: 2%
        ceo:
          - value: Ada Martin
            from: 1987
            until: 2019-03-31
            severity: warning
          - value: Claire Roux
            from: 2019-04
            tolerance: 0
    `;
    const { value, problems } = parseFacts(text, FILE);
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1);
    const [{ entity, names }] = value!;
    expect(entity.id).toBe('acme');
    expect(entity.name).toBe('Acmé');
    expect(entity.aliases).toEqual(['ACME', 'Acme Group']);
    expect(entity.declaredAt).toEqual({ file: FILE, line: 1, column: 9 });
    expect(names.map((n) => `${n.name}@${n.declaredAt.line}:${n.declaredAt.column}`)).toEqual(['Acmé@2:7', 'ACME@3:11', 'Acme Group@3:17']);
    expect(entity.facts.founded).toEqual([{ value: 1987, raw: '1987', declaredAt: { file: FILE, line: 5, column: 12 } }]);
    expect(entity.facts.founders).toEqual([{ value: ['Ada Martin', 'Paul Durand'], declaredAt: { file: FILE, line: 6, column: 13 } }]);
    expect(entity.facts.headquarters[0].value).toBe('Lyon');
    expect(entity.facts.employees).toEqual([
      { value: 1200, raw: '1200', asOf: '2020-06', source: 'Annual report 2020', declaredAt: { file: FILE, line: 9, column: 14 } },
      { value: 1450, raw: '1450', asOf: '2022', declaredAt: { file: FILE, line: 12, column: 14 } },
    ]);
    expect(entity.facts.revenue).toEqual([
      {
        value: 412_500_000,
        raw: '412.5e6',
        unit: 'EUR',
        period: { start: '2023-01-01', end: '2023-06-30' },
        label: 'H1 2023',
        tolerance: { kind: 'relative', amount: 0.02 },
        declaredAt: { file: FILE, line: 15, column: 12 },
      },
    ]);
    expect(entity.facts.ceo).toEqual([
      { value: 'Ada Martin', from: '1987', until: '2019-03-31', severity: 'warning', declaredAt: { file: FILE, line: 21, column: 14 } },
      { value: 'Claire Roux', from: '2019-04', tolerance: { kind: 'absolute', amount: 0 }, declaredAt: { file: FILE, line: 25, column: 14 } },
    ]);
  });

  test('several entities under entities:, with defaults for aliases and facts', () => {
    const text = yaml`
      entities:
        - entity: north-co
          name: North Co
        - entity: south-co
          name: South Co
          aliases: Southco
          facts: {}
    `;
    const { value, problems } = parseFacts(text, FILE);
    expect(problems).toEqual([]);
    expect(value!.map((d) => [d.entity.id, d.entity.aliases, d.entity.facts, d.entity.declaredAt.line])).toEqual([
      ['north-co', [], {}, 2],
      ['south-co', ['Southco'], {}, 4],
    ]);
  });

  test.each([
    ['2024', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2025-09/2025-11', { start: '2025-09-01', end: '2025-11-30' }],
    ['2025-09-01/2025-11-30', { start: '2025-09-01', end: '2025-11-30' }],
    ['2024-07/2025', { start: '2024-07-01', end: '2025-12-31' }],
    ['2000-02', { start: '2000-02-01', end: '2000-02-29' }],
    ['2100-02', { start: '2100-02-01', end: '2100-02-28' }],
    ['2023-02-01/2024-02-29', { start: '2023-02-01', end: '2024-02-29' }],
    ['2025-04-30', { start: '2025-04-30', end: '2025-04-30' }],
  ])('period %s', (period, interval) => {
    const { value, problems } = parseFacts(`entity: a\nname: A\nfacts:\n  revenue: {value: 1, period: ${period}}\n`, FILE);
    expect(problems).toEqual([]);
    expect(value![0].entity.facts.revenue[0].period).toEqual(interval);
  });

  test.each([
    ['5%', { kind: 'relative', amount: 0.05 }],
    ['"12.5 %"', { kind: 'relative', amount: 0.125 }],
    ['0', { kind: 'absolute', amount: 0 }],
    ['150', { kind: 'absolute', amount: 150 }],
  ])('tolerance %s', (tolerance, parsed) => {
    const { value, problems } = parseFacts(`entity: a\nname: A\nfacts:\n  employees: {value: 1, tolerance: ${tolerance}}\n`, FILE);
    expect(problems).toEqual([]);
    expect(value![0].entity.facts.employees[0].tolerance).toEqual(parsed);
  });

  test('fiscalYearStart beside facts: the month the entity\'s year starts', () => {
    const { value, problems } = parseFacts('entity: a\nname: A\nfiscalYearStart: 4\nfacts:\n  founded: 1990\n', FILE);
    expect(problems).toEqual([]);
    expect(value![0].entity.fiscalYearStart).toBe(4);
  });
});

const HEAD = 'entity: acme\nname: Acme\nfacts:\n';

describe('parseFacts: invalid files', () => {
  test.each<[string, string, string[]]>([
    ['a word for a date', `${HEAD}  employees:\n    - value: 10\n      asOf: janvier\n`, [
      'facts/acme.yml:6:13: facts.employees[0].asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "janvier"',
    ]],
    ['a month out of range', `${HEAD}  employees: {value: 10, asOf: 2024-13}\n`, [
      'facts/acme.yml:4:32: facts.employees.asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "2024-13"',
    ]],
    ['a day not in the calendar', `${HEAD}  employees: {value: 10, asOf: 2023-02-29}\n`, [
      'facts/acme.yml:4:32: facts.employees.asOf: expected a date that exists in the calendar, got "2023-02-29"',
    ]],
    ['the 29th of February of a century year that is not a leap year', `${HEAD}  employees: {value: 10, asOf: 1900-02-29}\n`, [
      'facts/acme.yml:4:32: facts.employees.asOf: expected a date that exists in the calendar, got "1900-02-29"',
    ]],
    ['the 31st of a 30-day month', `${HEAD}  employees: {value: 10, asOf: 2023-04-31}\n`, [
      'facts/acme.yml:4:32: facts.employees.asOf: expected a date that exists in the calendar, got "2023-04-31"',
    ]],
    ['a period ending on a day not in the calendar', `${HEAD}  revenue: {value: 1, period: 2025-06-01/2025-06-31}\n`, [
      'facts/acme.yml:4:31: facts.revenue.period: expected a period that exists in the calendar and does not end before it starts, got "2025-06-01/2025-06-31"',
    ]],
    ['a two-digit year', `${HEAD}  ceo: {value: A, from: 99}\n`, [
      'facts/acme.yml:4:25: facts.ceo.from: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got 99',
    ]],
    ['until before from', `${HEAD}  ceo: {value: A, from: 2024-10, until: 2024-02}\n`, [
      'facts/acme.yml:4:41: facts.ceo.until: expected a date no earlier than from (2024-10), got "2024-02"',
    ]],
    ['a period that ends before it starts', `${HEAD}  revenue: {value: 1, period: 2025-11/2025-09}\n`, [
      'facts/acme.yml:4:31: facts.revenue.period: expected a period that exists in the calendar and does not end before it starts, got "2025-11/2025-09"',
    ]],
    ['a period in words', `${HEAD}  revenue: {value: 1, period: Q1 2025}\n`, [
      'facts/acme.yml:4:31: facts.revenue.period: expected a period (YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval such as 2025-09-01/2025-11-30), got "Q1 2025"',
    ]],
    ['a negative tolerance', `${HEAD}  employees: {value: 1, tolerance: -3}\n`, [
      'facts/acme.yml:4:36: facts.employees.tolerance: expected a tolerance (a percentage such as 5%, or a non-negative number), got -3',
    ]],
    ['a tolerance in words', `${HEAD}  employees: {value: 1, tolerance: five percent}\n`, [
      'facts/acme.yml:4:36: facts.employees.tolerance: expected a tolerance (a percentage such as 5%, or a non-negative number), got "five percent"',
    ]],
    ['an unknown severity', `${HEAD}  employees: {value: 1, severity: fatal}\n`, [
      'facts/acme.yml:4:35: facts.employees.severity: expected error, warning or notice, got "fatal"',
    ]],
    ['a mistyped statement key', `${HEAD}  employees:\n    - value: 1\n      asof: 2020\n`, [
      'facts/acme.yml:6:7: facts.employees[0]: unknown key "asof", did you mean "asOf"?',
    ]],
    ['a statement without value', `${HEAD}  employees:\n    - amount: 1\n`, [
      'facts/acme.yml:5:7: facts.employees[0]: missing required key "value"',
      'facts/acme.yml:5:7: facts.employees[0]: unknown key "amount" (expected value, source, asOf, from, until, period, unit, label, tolerance or severity)',
    ]],
    ['a fiscal year starting in month 13', 'entity: acme\nname: Acme\nfiscalYearStart: 13\n', [
      'facts/acme.yml:3:18: fiscalYearStart: expected a month number, 1 to 12, got 13',
    ]],
    ['a fiscal year starting in a month name', 'entity: acme\nname: Acme\nfiscalYearStart: april\n', [
      'facts/acme.yml:3:18: fiscalYearStart: expected a month number, 1 to 12, got "april"',
    ]],
    ['a boolean value', `${HEAD}  listed: {value: true}\n`, [
      'facts/acme.yml:4:19: facts.listed.value: expected a number, a string or a list of strings, got true',
    ]],
    ['a number in a short list', `${HEAD}  founders: [Ada, 3]\n`, [
      'facts/acme.yml:4:19: facts.founders[1]: expected a string, got 3',
    ]],
    ['an empty fact', `${HEAD}  founded:\n`, [
      'facts/acme.yml:4:3: facts.founded: expected a value, a list of values, a statement (a mapping with value) or a list of statements, got an empty value',
    ]],
    ['an attribute that is not kebab-case', `${HEAD}  Founded_Year: 1999\n`, [
      'facts/acme.yml:4:3: facts.Founded_Year: expected a kebab-case attribute (lowercase letters, digits and hyphens), got "Founded_Year"',
    ]],
    ['an id that is not kebab-case, a missing name, an unknown key', 'entity: Acme Corp\nnme: Acme\n', [
      'facts/acme.yml:1:1: missing required key "name"',
      'facts/acme.yml:1:9: entity: expected a kebab-case entity id (lowercase letters, digits and hyphens), got "Acme Corp"',
      'facts/acme.yml:2:1: unknown key "nme", did you mean "name"?',
    ]],
    ['aliases as a mapping', 'entity: acme\nname: Acme\naliases: {short: ACME}\n', [
      'facts/acme.yml:3:10: aliases: expected a name or a list of names, got a mapping',
    ]],
    ['an entity in a list missing its name', 'entities:\n  - entity: a\n    name: A\n  - entity: b\n', [
      'facts/acme.yml:4:5: entities[1]: missing required key "name"',
    ]],
    ['an empty file', '', ['facts/acme.yml:1:1: expected a mapping, got an empty file']],
    ['a duplicate key', 'entity: acme\nname: Acme\nname: ACME\n', ['facts/acme.yml:3:1: invalid YAML: duplicate key "name"']],
    ['a YAML syntax error', 'entity: acme\nname: [Acme\n', [
      'facts/acme.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]],
  ])('%s', (_name, text, expected) => {
    const { value, problems } = parseFacts(text, 'facts/acme.yml');
    expect(value === undefined || problems.some((p) => p.level === 'error')).toBe(true);
    expect(printed(problems)).toEqual(expected);
  });

  test('reports every problem in the file, in line order', () => {
    const text = `${HEAD}  founded: {value: 1999, sorce: x}\n  employees:\n    - value: 1\n      asOf: hier\n    - value: 2\n      asOf: 2024-13\n`;
    expect(printed(parseFacts(text, 'facts/acme.yml').problems)).toEqual([
      'facts/acme.yml:4:26: facts.founded: unknown key "sorce", did you mean "source"?',
      'facts/acme.yml:7:13: facts.employees[0].asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "hier"',
      'facts/acme.yml:9:13: facts.employees[1].asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "2024-13"',
    ]);
  });
});

test('a bad date in from is reported once, without a comparison with until', () => {
  const text = `${HEAD}  ceo: {value: A, from: janvier, until: 2024}\n`;
  expect(printed(parseFacts(text, 'facts/acme.yml').problems)).toEqual([
    'facts/acme.yml:4:25: facts.ceo.from: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "janvier"',
  ]);
});
