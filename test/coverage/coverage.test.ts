import { describe, expect, test } from 'vitest';
import { checkFiles, prepare } from '../../src/check.js';
import { computeCoverage } from '../../src/coverage/coverage.js';
import { computeLineStarts, positionAt } from '../../src/markdown/index.js';
import { formatCoverage } from '../../src/reporters/coverage.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const FACTS = `entity: acme
name: Acme
facts:
  founded: 1987
  headquarters: Lyon
  employees:
    - value: 1450
      asOf: 2023-12
    - value: 900
      asOf: 2015-06
  revenue:
    - value: 412.5e6
      unit: EUR
      period: 2023-01/2023-06
      label: H1 2023
`;
const OTHER = 'entity: globex\nname: Globex\nfacts:\n  founded: 1990\n';

const ARTICLES: Record<string, string> = {
  'a.md': '---\nlang: en\ndate: 2024-02-01\nabout: [acme]\n---\n\nAcme was founded in 1987 and is based in Paris.\n\nIn 2023, Acme employed 1,450 people.\n',
  'b.md': '---\nlang: en\ndate: 2024-03-01\n---\n\nAcme was not founded in 1990.\n\nIn 2019, Acme employed 1,100 people.\n\nAcme, founded in 1987, posted €80 million in revenue in 2020.\n',
  'c.md': '---\nlang: en\n---\n\nThe firm was founded in 2001.\n',
};

function coverageOf(articles: Record<string, string>) {
  const files = new Map([['facts/acme.yml', FACTS], ['facts/globex.yml', OTHER], ...Object.entries(articles)]);
  const host = memoryHost(files);
  const prepared = prepare({ cwd: '.', host, builtinRules: builtinSources() });
  const result = checkFiles(prepared, host);
  expect(result.problems).toEqual([]);
  const locate = (file: string, offset: number) => positionAt(computeLineStarts(articles[file]), offset);
  return computeCoverage([...prepared.knowledge!.entities.values()], result.articles, locate);
}

describe('computeCoverage', () => {
  const coverage = coverageOf(ARTICLES);

  test('counts, per entity and attribute, the claims that agree, contradict or cannot be verified', () => {
    expect(coverage.entities).toEqual([
      {
        entity: 'acme',
        name: 'Acme',
        attributes: [
          { attribute: 'employees', statements: 2, agree: 1, contradict: 0, unverifiable: 1 },
          { attribute: 'founded', statements: 1, agree: 2, contradict: 0, unverifiable: 1 },
          { attribute: 'headquarters', statements: 1, agree: 0, contradict: 1, unverifiable: 0 },
          { attribute: 'revenue', statements: 1, agree: 0, contradict: 0, unverifiable: 1 },
        ],
      },
      { entity: 'globex', name: 'Globex', attributes: [{ attribute: 'founded', statements: 1, agree: 0, contradict: 0, unverifiable: 0 }] },
    ]);
    expect(coverage.totals).toEqual({ articles: 3, claims: 8, agree: 3, contradict: 1, unverifiable: 3, suppressed: 0, unattributed: 1 });
  });

  test('lists the statements no article mentions, with where they are declared', () => {
    expect(coverage.unmentioned).toEqual([
      { entity: 'acme', attribute: 'employees', value: '900', when: 'as of 2015-06', source: 'facts/acme.yml:9' },
      { entity: 'acme', attribute: 'revenue', value: '412.5e6', when: 'H1 2023', source: 'facts/acme.yml:12' },
      { entity: 'globex', attribute: 'founded', value: '1990', source: 'facts/globex.yml:4' },
    ]);
  });

  test('lists the claims about a known entity that found no statement for their time, hedged claims left out', () => {
    expect(coverage.candidates).toEqual([
      expect.objectContaining({ file: 'b.md', line: 8, column: 24, entity: 'acme', attribute: 'employees', found: '1,100', when: '2019' }),
      expect.objectContaining({ file: 'b.md', line: 10, column: 31, entity: 'acme', attribute: 'revenue', found: '€80 million', when: '2020' }),
    ]);
    expect(coverage.candidates[0].reason).toMatch(/nearest statement/);
    expect(coverage.candidates[1].reason).toMatch(/no statement for the period/);
  });

  test('the text report', () => {
    expect(formatCoverage(coverage)).toBe(`3 articles, 8 claims: 3 agree, 1 contradict, 3 cannot be verified, 0 suppressed, 1 about no known entity

acme (Acme)
  attribute     facts  agree  contradict  unverifiable
  employees         2      1           0             1
  founded           1      2           0             1
  headquarters      1      0           1             0
  revenue           1      0           0             1

globex (Globex)
  attribute  facts  agree  contradict  unverifiable
  founded        1      0           0             0

Statements no article mentions: 3
  facts/acme.yml:9  acme  employees = 900 (as of 2015-06)
  facts/acme.yml:12  acme  revenue = 412.5e6 (H1 2023)
  facts/globex.yml:4  globex  founded = 1990

Claims about a known entity that no statement could judge (candidates for the facts): 2
  b.md:8:24  acme  employees "1,100" (2019): ${coverage.candidates[0].reason}
  b.md:10:31  acme  revenue "€80 million" (2020): ${coverage.candidates[1].reason}
`);
  });

  test('an entity with no facts and no claims is still listed', () => {
    const bare = computeCoverage([{ id: 'x', name: 'X', aliases: [], facts: {}, declaredAt: { file: 'f.yml', line: 1, column: 1 } }], [], () => ({ line: 1, column: 1 }));
    expect(formatCoverage(bare)).toContain('x (X)\n  no facts and no claims\n');
  });
});
