import { describe, expect, test } from 'vitest';
import { fiscalInterval, lastEndedBefore } from '../../src/compare/fiscal-periods.js';
import { entitiesFrom, judgeWith } from '../helpers/knowledge.js';

describe('the interval of a period in an entity\'s own year', () => {
  test.each([
    [4, 2024, 'year', 1, '2023-04-01/2024-03-31'],
    [1, 2024, 'year', 1, '2024-01-01/2024-12-31'],
    [10, 2025, 'year', 1, '2024-10-01/2025-09-30'],
    [4, 2025, 'half', 1, '2024-04-01/2024-09-30'],
    [4, 2025, 'half', 2, '2024-10-01/2025-03-31'],
    [10, 2025, 'quarter', 1, '2024-10-01/2024-12-31'],
    [10, 2025, 'quarter', 2, '2025-01-01/2025-03-31'],
    [3, 2024, 'half', 2, '2023-09-01/2024-02-29'],
  ] as const)('start %i, fiscal %i, %s %i -> %s', (start, year, kind, index, expected) => {
    const i = fiscalInterval(start, year, kind, index);
    expect(`${i.start}/${i.end}`).toBe(expected);
  });

  test.each([
    [4, 'half', 1, '2024-11-20', '2024-04-01/2024-09-30'],
    [4, 'half', 1, '2024-09-30', '2024-04-01/2024-09-30'],
    [4, 'half', 1, '2024-09-29', '2023-04-01/2023-09-30'],
    [4, 'half', 2, '2024-11-20', '2023-10-01/2024-03-31'],
    [1, 'quarter', 1, '2024-02-01', '2023-01-01/2023-03-31'],
  ] as const)('start %i, the last %s %i before %s is %s', (start, kind, index, date, expected) => {
    const i = lastEndedBefore(start, kind, index, date);
    expect(`${i.start}/${i.end}`).toBe(expected);
  });
});

const FACTS = `
entities:
  - entity: nordwind
    name: Nordwind
    fiscalYearStart: 4
    facts:
      revenue:
        - value: 640e6
          unit: EUR
          period: 2023-04-01/2024-03-31
        - value: 700e6
          unit: EUR
          period: 2024-04-01/2025-03-31
        - value: 330e6
          unit: EUR
          period: 2024-04-01/2024-09-30
        - value: 310e6
          unit: EUR
          period: 2023-10-01/2024-03-31
        - value: 300e6
          unit: EUR
          period: 2023-04-01/2023-09-30
`;

const judge = judgeWith(entitiesFrom(FACTS));

type Row = [string, { lang?: 'fr' | 'en'; date?: string }, string];

describe('every wording of a fiscal year, for a year that starts in April', () => {
  test.each<Row>([
    ['Nordwind posted revenue of €640 million in FY2024.', { lang: 'en', date: '2024-06' }, 'consistent 2023-04-01/2024-03-31'],
    ['Nordwind posted revenue of €690 million in FY2024.', { lang: 'en', date: '2024-06' }, 'contradiction 2023-04-01/2024-03-31'],
    ['Nordwind posted revenue of €690 million in fiscal 2024.', { lang: 'en', date: '2024-06' }, 'contradiction 2023-04-01/2024-03-31'],
    ['Nordwind posted revenue of €690 million in fiscal 2023-24.', { lang: 'en', date: '2024-06' }, 'contradiction 2023-04-01/2024-03-31'],
    ["Sur l'exercice 2023-2024, Nordwind a réalisé un chiffre d'affaires de 690 millions d'euros.", { date: '2024-06' }, 'contradiction 2023-04-01/2024-03-31'],
    ["Sur l'exercice clos le 31 mars 2024, Nordwind a réalisé un chiffre d'affaires de 690 millions d'euros.", { date: '2024-06' }, 'contradiction 2023-04-01/2024-03-31'],
    ['For the year ended 31 March 2025, Nordwind posted revenue of €700 million.', { lang: 'en', date: '2025-06' }, 'consistent 2024-04-01/2025-03-31'],
    ['In the first half of fiscal 2024-25, Nordwind posted revenue of €350 million.', { lang: 'en', date: '2025-06' }, 'contradiction 2024-04-01/2024-09-30'],
    ["Au premier semestre de l'exercice 2024-2025, le chiffre d'affaires de Nordwind atteint 330 millions d'euros.", { date: '2025-06' }, 'consistent 2024-04-01/2024-09-30'],
    // A bare half: the last such half of the entity's own year that ended before the article.
    ["Au premier semestre, le chiffre d'affaires de Nordwind atteint 350 millions d'euros.", { date: '2024-11-20' }, 'contradiction 2024-04-01/2024-09-30'],
    ['In the first half, Nordwind posted revenue of €300 million.', { lang: 'en', date: '2024-06-10' }, 'consistent 2023-04-01/2023-09-30'],
    ['In the second half, Nordwind posted revenue of €350 million.', { lang: 'en', date: '2024-11-20' }, 'contradiction 2023-10-01/2024-03-31'],
  ])('%s (%o) -> %s', (text, opts, expected) => {
    const verdicts = judge(text, opts);
    expect(verdicts).toHaveLength(1);
    const v = verdicts[0];
    expect(v.claim.attribute).toBe('revenue');
    expect(v.claim.entity).toBe('nordwind');
    expect(`${v.kind} ${v.statement?.period?.start}/${v.statement?.period?.end}`).toBe(expected);
  });

  test('a fiscal year with no statement is not judged', () => {
    const [v] = judge('Nordwind posted revenue of €500 million in FY2022.', { lang: 'en', date: '2024-06' });
    expect(v.kind).toBe('unverifiable');
    expect(v.reason).toBe('Nordwind: no statement for the period meant (FY2022: 2021-04-01/2022-03-31)');
  });
});
