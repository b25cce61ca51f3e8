import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { dateWords, wordContradiction, type Wording } from '../../src/compare/wording.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = `entity: acme
name: Acme
facts:
  founded: 1999
  headquarters: Lyon
  employees:
    - value: 2200
      asOf: 2019-01
  revenue:
    - value: 275.3e6
      unit: EUR
      period: 2025-09-01/2025-11-30
      label: Q1 FY2026
`;

/** The message of each finding of one article checked against Acme's facts. */
function messages(article: string): string[] {
  const host = memoryHost(new Map([['facts/acme.yml', FACTS], ['a.md', article]]));
  return check({ cwd: '.', host, builtinRules: builtinSources() }).findings.map((f) => f.message);
}

describe('one template per kind, numbers as the article writes them', () => {
  test.each([
    ['a year', '---\nlang: en\n---\nAcme was founded in 2001.\n', 'Founded in 2001 here, but Acme was founded in 1999 (facts/acme.yml:4)'],
    ['a count, with the date of the fact', '---\nlang: fr\ndate: 2019-02-01\n---\nAcme emploie 2 800 salariés.\n', '2 800 employees here, but Acme had 2 200 in January 2019 (facts/acme.yml:7)'],
    ['money for a period', '---\nlang: fr\ndate: 2026-01-08\n---\nAcme a réalisé un chiffre d\'affaires de 257,3 millions d\'euros au premier trimestre.\n', "Revenue of 257,3 millions d'euros for Q1 FY2026, but the facts say 275,3 millions d'euros (facts/acme.yml:10)"],
    ['a place', '---\nlang: en\n---\nAcme is headquartered in Paris.\n', "Headquarters in Paris here, but Acme's are in Lyon (facts/acme.yml:5)"],
  ])('%s', (_kind, article, message) => {
    expect(messages(article)).toEqual([message]);
  });

  test.each<[Partial<Wording>, string]>([
    [{ attribute: 'ceo', type: 'person', found: 'Jean Dupont', expected: 'Ada Martin', when: ' in 2021' }, "Jean Dupont as chief executive here, but Acme's chief executive in 2021 was Ada Martin (facts/acme.yml:9)"],
    [{ attribute: 'founders', type: 'person', found: 'Jean Dupont', expected: 'Ada Martin and Paul Durand' }, 'Jean Dupont named as a founder here, but Acme was founded by Ada Martin and Paul Durand (facts/acme.yml:9)'],
    [{ attribute: 'data-centers', type: 'count', found: 'quatre', expected: '3', when: ' in December 2023' }, 'Quatre data centers here, but Acme had 3 in December 2023 (facts/acme.yml:9)'],
    [{ attribute: 'cloud-revenue', type: 'money', found: '€58.2 million', expected: '€52.8 million', when: ' for 2024' }, 'Cloud revenue of €58.2 million for 2024, but the facts say €52.8 million (facts/acme.yml:9)'],
    [{ attribute: 'launch-date', type: 'date', found: '2020-03', expected: '2021-05' }, "Launch date 2020-03 here, but Acme's is 2021-05 (facts/acme.yml:9)"],
  ])('a repository rule or a role: %j', (parts, message) => {
    expect(wordContradiction({ attribute: 'x', type: 'count', found: '', expected: '', entity: 'Acme', when: '', source: 'facts/acme.yml:9', ...parts })).toBe(message);
  });

  test.each([
    ['2019', '2019'],
    ['2019-01', 'January 2019'],
    ['2019-01-04', '4 January 2019'],
  ])('dates in words: %s', (date, words) => {
    expect(dateWords(date)).toBe(words);
  });
});
