import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = `entity: cyclon
name: Cyclon
facts:
  revenue:
    - value: 98.2e6
      unit: EUR
      period: 2024-07-01/2024-09-30
      label: Q3 2024
    - value: 412.5e6
      unit: EUR
      period: 2024-01-01/2024-06-30
      label: H1 2024
`;

function findings(article: string) {
  const files = new Map<string, string>([['facts/cyclon.yml', FACTS], ['a.md', article]]);
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
  expect(result.problems).toEqual([]);
  return result.findings.map((f) => `${f.line} ${f.attribute} ${f.entity} ${f.found} expected ${f.expected}`);
}

describe('a revenue figure whose sentence names no period takes its section\'s', () => {
  test.each<[string, string, string[]]>([
    ['the nearest heading above', '---\nlang: en\ndate: 2024-11-05\n---\n\n## Q3 2024 results\n\nCyclon revenue reached €89.2 million.\n', [
      '8 revenue cyclon €89.2 million expected 98.2e6',
    ]],
    ['a French heading naming a half', "---\nlang: fr\ndate: 2024-11-05\n---\n\n## Résultats du premier semestre 2024\n\nLe chiffre d'affaires de Cyclon atteint 421,5 millions d'euros.\n", [
      "8 revenue cyclon 421,5 millions d'euros expected 412.5e6",
    ]],
    ['a subsection keeps its section\'s period', '---\nlang: en\ndate: 2024-11-05\n---\n\n## Q3 2024 results\n\n### Details\n\nCyclon revenue reached €89.2 million.\n', [
      '10 revenue cyclon €89.2 million expected 98.2e6',
    ]],
    ['the title, when no heading above names one', '---\nlang: en\ndate: 2024-11-05\ntitle: Cyclon Q3 2024 results\n---\n\n## Highlights\n\nCyclon revenue reached €89.2 million.\n', [
      '9 revenue cyclon €89.2 million expected 98.2e6',
    ]],
    ['the first H1 as the title', '---\nlang: en\ndate: 2024-11-05\n---\n\n# Cyclon: third-quarter 2024\n\nCyclon revenue reached €89.2 million.\n', [
      '8 revenue cyclon €89.2 million expected 98.2e6',
    ]],
    ['a later section that names none drops the earlier one\'s', '---\nlang: en\ndate: 2024-11-05\n---\n\n## Q3 2024 results\n\nIntro.\n\n## Outlook\n\nCyclon revenue reached €89.2 million.\n', []],
    ['a sentence that names a time, even for another figure, does not take its section\'s', '---\nlang: en\ndate: 2024-11-05\n---\n\n## Q3 2024 results\n\nCyclon revenue reached €89.2 million, and it had 300 staff in 2023.\n', []],
    ['no heading and no title: not judged', '---\nlang: en\ndate: 2024-11-05\n---\n\nCyclon revenue reached €89.2 million.\n', []],
    ['the sentence\'s own period wins', '---\nlang: en\ndate: 2024-11-05\n---\n\n## Q3 2024 results\n\nIn the first half of 2024, Cyclon revenue reached €412.5 million.\n', []],
  ])('%s', (_name, article, expected) => {
    expect(findings(article)).toEqual(expected);
  });
});
