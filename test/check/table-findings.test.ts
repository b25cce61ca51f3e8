import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = `entities:
  - entity: cyclon
    name: Cyclon
    fiscalYearStart: 4
    facts:
      employees:
        - { value: 2200, asOf: 2024-03 }
      revenue:
        - { value: 8.2e9, unit: EUR, period: 2023-04-01/2024-03-31 }
        - { value: 7.9e9, unit: EUR, period: 2022-04-01/2023-03-31 }
      ceo:
        - { value: Lena Moreau, from: 2020-01 }
  - entity: brakeco
    name: Brakeco
    facts:
      employees:
        - { value: 300, asOf: 2024-12 }
`;

function findings(article: string) {
  const files = new Map<string, string>([['facts/companies.yml', FACTS], ['a.md', article]]);
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
  expect(result.problems).toEqual([]);
  return result.findings.map((f) => ({ line: f.line, column: f.column, endColumn: f.endColumn, attribute: f.attribute, entity: f.entity, found: f.found, expected: f.expected, suggestion: f.suggestion }));
}

describe('a contradiction read from a table cell', () => {
  test('points at the figure in its cell, found as the cell writes it, the fix in the same unit', () => {
    const article = '---\nlang: en\ndate: 2024-06-01\n---\n\n# Cyclon beats Brakeco in rail orders\n\n| Year to 31 March | FY2023 | FY2024 |\n|---|---|---|\n| Sales (€bn) | 7.9 | 9.8 |\n';
    expect(findings(article)).toEqual([
      { line: 10, column: 23, endColumn: 26, attribute: 'revenue', entity: 'cyclon', found: '9.8', expected: '8.2e9', suggestion: '8.2' },
    ]);
  });

  test('a row per company: each cell is its row\'s company\'s, whatever the article is about', () => {
    const article = '---\nlang: en\ndate: 2024-06-01\nabout: [cyclon]\n---\n\n| Company | Chief executive | Employees (end of March) |\n|---|---|---|\n| Brakeco | Tom Reyes | 350 |\n| Cyclon | Tom Reyes | 2,200 |\n';
    expect(findings(article)).toEqual([
      { line: 9, column: 25, endColumn: 28, attribute: 'employees', entity: 'brakeco', found: '350', expected: '300', suggestion: '300' },
      { line: 10, column: 12, endColumn: 21, attribute: 'ceo', entity: 'cyclon', found: 'Tom Reyes', expected: 'Lena Moreau', suggestion: 'Lena Moreau' },
    ]);
  });

  test('a figure in an empty or dashed cell, or under a header no rule names, is not a claim', () => {
    const article = '---\nlang: en\ndate: 2024-06-01\nabout: [cyclon]\n---\n\n| Year to 31 March | FY2023 | FY2024 |\n|---|---|---|\n| Sales (€bn) | – |  |\n| Orders (€bn) | 9.1 | 9.8 |\n';
    expect(findings(article)).toEqual([]);
  });
});
