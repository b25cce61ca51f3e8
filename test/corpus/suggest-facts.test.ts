import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { GapClaim } from '../../src/corpus/gap-claims.js';
import { suggestFacts } from '../../src/corpus/suggest-facts.js';
import type { Entity, SlotValue } from '../../src/types.js';

const scenario = fileURLToPath(new URL('../fixtures/suggest', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function run(argv: string[], cwd = scenario) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
  return { code: await runCli(argv, io), ...out };
}

const SUGGESTED = `# 2 statement(s) the articles support where the facts have none.
# Paste each block under \`facts:\` in the file named above it, after checking it against a source.

# facts/orbital.yml (orbital)
  founders:
    - value:
        - Lena Park
        - Tom Okafor
      source: articles/a.md:8, articles/b.md:8
  employees:
    - value: 2200
      asOf: 2023
      source: articles/a.md:10, articles/b.md:10

# Claims that disagree, for you to settle: 1
#   orbital founded: 2009 (articles/a.md:8), 2009 (articles/b.md:8), 2011 (articles/c.md:8)
`;

describe('factlint facts --suggest', () => {
  it('suggests what two articles agree on, lists disagreements apart, and leaves out single, hedged and judged claims', async () => {
    expect(await run(['facts', '--suggest'])).toEqual({ code: 0, stdout: SUGGESTED, stderr: '' });
  });

  it('gives the same as data with --format json', async () => {
    const { code, stdout } = await run(['facts', '--suggest', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      suggestions: [
        { entity: 'orbital', file: 'facts/orbital.yml', attribute: 'founders', value: ['Lena Park', 'Tom Okafor'], time: {}, sources: ['articles/a.md:8', 'articles/b.md:8'] },
        { entity: 'orbital', file: 'facts/orbital.yml', attribute: 'employees', value: 2200, time: { asOf: '2023' }, sources: ['articles/a.md:10', 'articles/b.md:10'] },
      ],
      disagreements: [
        {
          entity: 'orbital',
          attribute: 'founded',
          time: {},
          claims: [
            { found: '2009', at: 'articles/a.md:8' },
            { found: '2009', at: 'articles/b.md:8' },
            { found: '2011', at: 'articles/c.md:8' },
          ],
        },
      ],
    });
  });

  it('writes YAML that, pasted under facts:, loads and makes those claims agree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-suggest-'));
    made.push(dir);
    cpSync(scenario, dir, { recursive: true });
    const pasted = SUGGESTED.split('\n').filter((line) => line.startsWith('  ')).join('\n');
    const facts = join(dir, 'facts/orbital.yml');
    writeFileSync(facts, `${readFileSync(facts, 'utf8')}${pasted}\n`);
    const after = await run(['facts', '--format', 'json'], dir);
    expect(after.stderr).toBe('');
    const coverage = JSON.parse(after.stdout);
    const orbital = coverage.entities.find((e: { entity: string }) => e.entity === 'orbital');
    expect(orbital.attributes).toContainEqual({ attribute: 'employees', statements: 1, agree: 2, contradict: 0, unverifiable: 2 });
    expect(orbital.attributes).toContainEqual(expect.objectContaining({ attribute: 'founders', statements: 1, contradict: 0, unverifiable: 0 }));
    expect((await run(['facts', '--suggest'], dir)).stdout).toContain('# 0 statement(s) the articles support');
  });
});

describe('suggestFacts', () => {
  const entity = { id: 'acme', name: 'Acme', aliases: [], facts: {}, declaredAt: { file: 'facts/acme.yml', line: 1, column: 1 } } as Entity;
  const entities = new Map([['acme', entity]]);
  const count = (value: number, raw: string, precision: number, qualifier: 'exact' | 'about' = 'exact'): SlotValue => ({ type: 'count', value, precision, qualifier, raw });
  const gap = (file: string, attribute: string, value: SlotValue, key = `acme|${attribute}|2020`): GapClaim => ({
    file,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 6,
    entity: 'acme',
    attribute,
    type: value.type === 'person' ? 'person' : 'count',
    value,
    found: 'raw' in value ? value.raw : '',
    key,
    time: value.type === 'person' ? {} : { asOf: '2020' },
  });

  it.each([
    { name: 'one article is not enough, even when it says it twice', gaps: [gap('a.md', 'employees', count(2200, '2 200', 50)), gap('a.md', 'employees', count(2200, '2 200', 50))], values: [] },
    { name: 'the exact figure wins over an approximate one', gaps: [gap('a.md', 'employees', count(2000, 'about 2,000', 500, 'about')), gap('b.md', 'employees', count(2050, '2 050', 5))], values: [2050] },
    { name: 'the finer of two agreeing figures wins', gaps: [gap('a.md', 'employees', count(2200, '2,200', 50)), gap('b.md', 'employees', count(2210, '2 210', 5))], values: [2210] },
    { name: 'only approximate figures suggest nothing', gaps: [gap('a.md', 'employees', count(2000, 'about 2,000', 500, 'about')), gap('b.md', 'employees', count(2000, 'some 2,000', 500, 'about'))], values: [] },
    {
      name: 'every founder named becomes one statement listing them all',
      gaps: [
        gap('a.md', 'founders', { type: 'person', value: 'Lena Park', raw: 'Lena Park' }, 'acme|founders|lena park'),
        gap('b.md', 'founders', { type: 'person', value: 'Lena Park', raw: 'Lena Park' }, 'acme|founders|lena park'),
        gap('a.md', 'founders', { type: 'person', value: 'Tom Okafor', raw: 'Tom Okafor' }, 'acme|founders|tom okafor'),
        gap('c.md', 'founders', { type: 'person', value: 'Tom Okafor', raw: 'Tom Okafor' }, 'acme|founders|tom okafor'),
      ],
      values: [['Lena Park', 'Tom Okafor']],
    },
  ])('$name', ({ gaps, values }) => {
    expect(suggestFacts(entities, gaps).suggestions.map((s) => s.value)).toEqual(values);
  });
});
