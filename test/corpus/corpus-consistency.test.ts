import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { corpusConsistency } from '../../src/corpus/corpus-consistency.js';
import type { GapClaim } from '../../src/corpus/gap-claims.js';

const scenario = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the scenario to edit, with `change` applied to its files. */
function copy(change: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-corpus-'));
  made.push(dir);
  cpSync(scenario, dir, { recursive: true });
  for (const [file, edit] of Object.entries(change)) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

async function check(cwd: string, ...paths: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
  const code = await runCli(['check', '--format', 'json', ...paths], io);
  return { code, stderr: out.stderr, findings: JSON.parse(out.stdout || '[]') as Record<string, unknown>[] };
}

const EMPLOYEES = {
  file: 'articles/d.md',
  line: 8,
  column: 35,
  endLine: 8,
  endColumn: 40,
  attribute: 'employees',
  entity: 'orbital',
  severity: 'warning',
  found: '2,800',
  expected: '2,200',
  message: 'employees: 2,800 here, but 2 other articles say 2,200 (articles/a.md:10, articles/b.md:10)',
  factSource: 'articles/a.md:10',
  ruleId: 'corpus-consistency',
};
const FOUNDED = {
  file: 'articles/c.md',
  line: 8,
  column: 32,
  endLine: 8,
  endColumn: 36,
  attribute: 'founded',
  entity: 'orbital',
  severity: 'warning',
  found: '2011',
  expected: '2009',
  message: 'founded: 2011 here, but 3 other articles say 2009 (articles/a.md:8, articles/b.md:8, articles/d.md:10)',
  factSource: 'articles/a.md:8',
  ruleId: 'corpus-consistency',
};

describe('corpus-consistency through factlint check', () => {
  it('warns where the facts say nothing and other articles agree on another value, and exits 0 (warnings do not fail)', async () => {
    expect(await check(scenario)).toEqual({ code: 0, stderr: '', findings: [FOUNDED, EMPLOYEES] });
  });

  it('compares an article named on the command line with every other article of the config', async () => {
    expect((await check(scenario, 'articles/d.md')).findings).toEqual([EMPLOYEES]);
  });

  it('is turned off by corpusConsistency: false in .factlint.yml', async () => {
    const dir = copy({ '.factlint.yml': (t) => `${t}corpusConsistency: false\n` });
    expect((await check(dir)).findings).toEqual([]);
  });

  it('gives way to a statement in the facts: the facts judge, the articles do not', async () => {
    const dir = copy({ 'facts/orbital.yml': (t) => `${t}  founded: 2011\n` });
    const { findings } = await check(dir);
    expect(findings.map((f) => [f.file, f.attribute, f.ruleId])).toEqual([
      ['articles/a.md', 'founded', undefined],
      ['articles/b.md', 'founded', undefined],
      ['articles/d.md', 'employees', 'corpus-consistency'],
      ['articles/d.md', 'founded', undefined],
    ]);
  });

  it.each([
    ['corpus-consistency', 'its rule id'],
    ['employees', 'its attribute'],
  ])('is silenced by a suppression naming %s (%s), which is then not reported unused', async (name) => {
    const dir = copy({ 'articles/d.md': (t) => t.replace('In 2023,', `<!-- factlint-disable-next-line ${name} -->\nIn 2023,`) });
    // The comment moves d.md's founding sentence one line down.
    expect((await check(dir)).findings).toEqual([{ ...FOUNDED, message: FOUNDED.message.replace('d.md:10', 'd.md:11') }]);
  });
});

describe('corpusConsistency', () => {
  const claim = (file: string, value: number, raw = String(value), line = 4): GapClaim => ({
    file,
    line,
    column: 10,
    endLine: line,
    endColumn: 15,
    entity: 'acme',
    attribute: 'employees',
    type: 'count',
    value: { type: 'count', value, precision: 50, qualifier: 'exact', raw },
    found: raw,
    key: 'acme|employees|2020',
    time: { asOf: '2020' },
  });

  it.each([
    { name: 'two agreeing witnesses from two articles', corpus: [claim('a.md', 2200), claim('b.md', 2200)], found: ['t.md 2800'] },
    { name: 'one witness is not enough', corpus: [claim('a.md', 2200)], found: [] },
    { name: 'two witnesses in one article are one witness', corpus: [claim('a.md', 2200), claim('a.md', 2200, '2 200', 9)], found: [] },
    { name: 'witnesses that disagree prove nothing', corpus: [claim('a.md', 2200), claim('b.md', 2200), claim('c.md', 2600)], found: [] },
    { name: 'a claim that agrees with its witnesses is fine', corpus: [claim('a.md', 2800), claim('b.md', 2800)], found: [] },
    { name: 'the article itself is never its own witness', corpus: [claim('t.md', 2200), claim('a.md', 2200)], found: [] },
  ])('$name', ({ corpus, found }) => {
    const target = claim('t.md', 2800);
    expect(corpusConsistency([target], [...corpus, target]).map((f) => `${f.file} ${f.found}`)).toEqual(found);
  });
});

describe('gap claims on an article report', () => {
  it('are plain data, placed in the article, so a cache or a worker thread can carry them', async () => {
    const { check } = await import('../../src/check.js');
    const { createNodeHost } = await import('../../src/cli/node-host.js');
    const { builtinSources } = await import('../helpers/builtin-sources.js');
    const result = check({ cwd: scenario, host: createNodeHost(scenario), builtinRules: builtinSources(), corpus: false });
    const gaps = result.articles.flatMap((a) => a.gaps ?? []);
    expect(JSON.parse(JSON.stringify(gaps))).toEqual(gaps);
    expect(gaps.find((g) => g.file === 'articles/d.md' && g.attribute === 'employees')).toMatchObject({
      line: 8,
      column: 35,
      endLine: 8,
      endColumn: 40,
      entity: 'orbital',
      type: 'count',
      found: '2,800',
      time: { asOf: '2023' },
    });
  });
});

describe('corpus-consistency with the cache and shards', () => {
  async function cli(cwd: string, ...args: string[]) {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd, env: {} };
    const code = await runCli(['check', '--format', 'json', ...args], io);
    return { code, stderr: out.stderr, findings: JSON.parse(out.stdout || '[]') as Record<string, unknown>[] };
  }

  it('gives the same warnings from a warm cache, whose entries keep each article gap claims', async () => {
    const dir = copy();
    const cold = await cli(dir, '--cache');
    const cache = JSON.parse(readFileSync(join(dir, '.factlintcache'), 'utf8'));
    expect(new Set(cache.entries['articles/a.md'].gaps.map((g: { attribute: string }) => g.attribute))).toEqual(new Set(['founded', 'founders', 'employees']));
    const warm = await cli(dir, '--cache');
    expect(warm).toEqual(cold);
    expect(warm.findings).toEqual([FOUNDED, EMPLOYEES]);
  });

  it('compares a shard article with articles of every shard, so the shards together give the whole run', async () => {
    const shards = await Promise.all([1, 2, 3].map((i) => cli(scenario, '--shard', `${i}/3`)));
    const union = shards.flatMap((s) => s.findings).sort((a, b) => String(a.file).localeCompare(String(b.file)));
    expect(union).toEqual([FOUNDED, EMPLOYEES]);
  });
});
