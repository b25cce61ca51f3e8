import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { CheckOptions } from '../../src/check-types.js';
import { readBuiltinRules } from '../../src/cli/builtin-rules.js';
import { checkForCli } from '../../src/cli/check-run.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { makeNewsroom, write } from '../helpers/newsroom.js';

const root = makeNewsroom(12);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The real file system, counting how often each file is read. */
function countingOptions(extra: Partial<CheckOptions> = {}) {
  const inner = createNodeHost(root);
  const reads = new Map<string, number>();
  const host = { ...inner, readFile: (path: string) => (reads.set(path, (reads.get(path) ?? 0) + 1), inner.readFile(path)) };
  return { options: { cwd: root, host, builtinRules: readBuiltinRules(), ...extra }, reads };
}
const cached = async (cache: string, extra: Partial<CheckOptions> = {}) => {
  const { options, reads } = countingOptions(extra);
  const result = await checkForCli(options, { cache, concurrency: 1 }, '1.0.0');
  return { result, reads };
};
const plain = () => check({ cwd: root, host: createNodeHost(root), builtinRules: readBuiltinRules() });

describe('a cached run recalls the project', () => {
  it('reads each facts file once, to see it unchanged, and never loads the facts when every article is answered', async () => {
    const first = await cached('.cache/recall.json');
    expect(first.reads.get('facts/veloria.yml')).toBe(1);
    expect(first.result.findings).toEqual(plain().findings);

    const stored = JSON.parse(readFileSync(join(root, '.cache/recall.json'), 'utf8'));
    stored.project.summary.entities = 99;
    writeFileSync(join(root, '.cache/recall.json'), JSON.stringify(stored));
    const second = await cached('.cache/recall.json');
    expect(second.result.stats?.entities).toBe(99);
    expect(second.reads.get('facts/veloria.yml')).toBe(1);
    expect(second.result.findings).toEqual(first.result.findings);
    expect(second.result.problems).toEqual(first.result.problems);
  });

  it.each([
    ['calls that are not a list', { calls: 3 }],
    ['a summary without its files', { summary: { entities: 3 } }],
    ['no summary', { summary: null }],
  ])('loads the project again from a cache whose record has %s', async (_case, damage) => {
    await cached('.cache/damaged.json');
    const stored = JSON.parse(readFileSync(join(root, '.cache/damaged.json'), 'utf8'));
    writeFileSync(join(root, '.cache/damaged.json'), JSON.stringify({ ...stored, project: { ...stored.project, ...damage } }));
    const again = await cached('.cache/damaged.json');
    expect(again.result.findings).toEqual(plain().findings);
    expect(again.result.stats?.entities).toBe(3);
  });

  it('loads the facts when an article changed, and checks it against them', async () => {
    await cached('.cache/changed.json');
    const old = readFileSync(join(root, 'articles/001.md'), 'utf8');
    write(root, 'articles/001.md', '---\nlang: fr\n---\n\n# Changé\n\nNordwind a été fondée en 1999.\n');
    const after = await cached('.cache/changed.json');
    const expected = plain().findings;
    write(root, 'articles/001.md', old);
    expect(after.reads.get('facts/nordwind.yml')).toBe(2);
    expect(after.result.findings.filter((f) => f.file === 'articles/001.md').map((f) => [f.attribute, f.entity, f.found, f.expected])).toEqual([['founded', 'nordwind', '1999', '1994']]);
    expect(after.result.findings).toEqual(expected);
  });

  it('checks an article the globs select since the last run', async () => {
    await cached('.cache/added.json');
    write(root, 'articles/new.md', '---\nlang: fr\n---\n\n# Nouveau\n\nCyclon a été fondée en 2011.\n');
    const after = await cached('.cache/added.json');
    rmSync(join(root, 'articles/new.md'));
    expect(after.result.findings.filter((f) => f.file === 'articles/new.md').map((f) => [f.attribute, f.entity, f.found, f.expected])).toEqual([['founded', 'cyclon', '2011', '2003']]);
  });

  it('reports a facts file broken since the last run at its line and column, and answers nothing from the cache', async () => {
    const facts = join(root, 'facts/cyclon.yml');
    const good = readFileSync(facts, 'utf8');
    const before = await cached('.cache/broken.json');
    expect(before.result.findings.length).toBeGreaterThan(0);
    writeFileSync(facts, good.replace('founded: 2003', 'founded: soon'));
    const broken = await cached('.cache/broken.json');
    writeFileSync(facts, good);
    expect(broken.result.findings).toEqual([]);
    expect(broken.result.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['facts/cyclon.yml:4:12']);
    expect((await cached('.cache/broken.json')).result.findings).toEqual(before.result.findings);
  });

  it('never records a project that loads with an error, so the error is reported on every run', async () => {
    const facts = join(root, 'facts/veloria.yml');
    const good = readFileSync(facts, 'utf8');
    writeFileSync(facts, good.replace('founded: 1987', 'founded: soon'));
    const runs = [await cached('.cache/never.json'), await cached('.cache/never.json')];
    writeFileSync(facts, good);
    expect(existsSync(join(root, '.cache/never.json'))).toBe(false);
    for (const run of runs) expect(run.result.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line}`)).toEqual(['facts/veloria.yml:4']);
  });

  it('loads again for other paths on the command line, and keeps the articles it has answered', async () => {
    await cached('.cache/paths.json');
    const one = await cached('.cache/paths.json', { paths: ['articles/002.md'] });
    expect(one.result.stats?.files).toBe(1);
    expect(one.result.findings.every((f) => f.file === 'articles/002.md')).toBe(true);
    const stored = JSON.parse(readFileSync(join(root, '.cache/paths.json'), 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(12);
  });
});
