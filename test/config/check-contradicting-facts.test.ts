import { describe, expect, test } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import type { RuleSource } from '../../src/check-types.js';
import { memoryHost, printed, yaml } from './helpers.js';

const RULES: RuleSource[] = [
  { file: 'rules/employees.yml', text: 'attribute: employees\ntype: count\npatterns:\n  en: ["{entity} employs {count} people"]\n' },
  { file: 'rules/ceo.yml', text: 'attribute: ceo\ntype: person\npatterns:\n  en: ["chief executive {person}"]\n' },
  { file: 'rules/chair.yml', text: 'attribute: chair\ntype: person\npatterns:\n  en: ["chair {person}"]\n' },
  { file: 'rules/revenue.yml', text: 'attribute: revenue\ntype: money\npatterns:\n  en: ["{entity} made {money}"]\n' },
];

function problemsOf(facts: string): string[] {
  const host = memoryHost({ 'facts/acme.yml': `entity: acme\nname: Acme\nfacts:\n${facts}` });
  return printed(loadProject({ cwd: '.', host, builtinRules: RULES }).problems);
}

describe('facts that contradict themselves are an error at the second statement', () => {
  test.each<[string, string, string[]]>([
    ['two headcounts as of the same month', yaml`
      employees:
        - {value: 2200, asOf: 2019-01}
        - {value: 2300, asOf: 2019-01}
    `, ['facts/acme.yml:6:15: second value for employees as of 2019-01: 2 300, but facts/acme.yml:5 says 2 200']],
    ['the same headcount twice is no contradiction', yaml`
      employees:
        - {value: 2200, asOf: 2019-01}
        - {value: 2200, asOf: 2019-01, source: "Annual report"}
    `, []],
    ['two headcounts at different dates', yaml`
      employees:
        - {value: 2200, asOf: 2019-01}
        - {value: 2300, asOf: 2020-01}
    `, []],
    ['two revenues for the same period', yaml`
      revenue:
        - {value: 275.3e6, unit: EUR, period: 2025-09-01/2025-11-30}
        - {value: 280e6, unit: EUR, period: 2025-09/2025-11}
    `, ['facts/acme.yml:6:15: second value for revenue for 2025-09-01/2025-11-30: 280e6, but facts/acme.yml:5 says 275.3e6']],
    ['the same period in two currencies', yaml`
      revenue:
        - {value: 275.3e6, unit: EUR, period: 2025}
        - {value: 300e6, unit: USD, period: 2025}
    `, []],
    ['two chief executives at once', yaml`
      ceo:
        - {value: Jane Roe, from: 2018-08, until: 2024-10}
        - {value: John Doe, from: 2023-01}
    `, ['facts/acme.yml:6:15: second holder of ceo from 2023-01: John Doe, but facts/acme.yml:5 says Jane Roe held it from 2018-08 until 2024-10']],
    ['a term that only touches the next one', yaml`
      ceo:
        - {value: Jane Roe, from: 2018-08, until: 2024-10}
        - {value: John Doe, from: 2024-10, until: 2025-10}
        - {value: Mia Sol, from: 2025-10}
    `, []],
    ['an open term and a later one, declared first', yaml`
      ceo:
        - {value: John Doe, from: 2023-01}
        - {value: Jane Roe, from: 2018-08}
    `, ['facts/acme.yml:6:15: second holder of ceo from 2018-08: Jane Roe, but facts/acme.yml:5 says John Doe held it from 2023-01']],
    ['any person rule is a single-holder role', yaml`
      chair:
        - {value: Ada Ray, until: 2020-06}
        - {value: Bo Lin, from: 2019}
    `, ['facts/acme.yml:6:15: second holder of chair from 2019: Bo Lin, but facts/acme.yml:5 says Ada Ray held it until 2020-06']],
    ['the same holder in two overlapping statements', yaml`
      ceo:
        - {value: Jane Roe, from: 2018-08, until: 2024-10}
        - {value: jane roe, from: 2020-01}
    `, []],
    ['founders, a list of names, are not one holder', yaml`
      ceo:
        - {value: [Jane Roe, John Doe], from: 2018}
        - {value: Mia Sol, from: 2019}
    `, []],
  ])('%s', (_, facts, expected) => {
    expect(problemsOf(facts.replace(/^/gm, '  '))).toEqual(expected);
  });
});
