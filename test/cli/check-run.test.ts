import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkForCli } from '../../src/cli/check-run.js';
import { readBuiltinRules } from '../../src/cli/builtin-rules.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { check } from '../../src/check.js';
import type { CheckRun } from '../../src/cli/args.js';
import { formatJson } from '../../src/reporters/json.js';
import { mergeJson } from '../../src/reporters/merge-reports.js';
import { makeNewsroom, write } from '../helpers/newsroom.js';

const root = makeNewsroom(24);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const options = () => ({ cwd: root, host: createNodeHost(root), builtinRules: readBuiltinRules() });
const run = (r: CheckRun, version = '1.0.0') => checkForCli(options(), r, version);

describe('checkForCli', () => {
  it('finds what a plain check finds, in the same order', async () => {
    const plain = check(options());
    expect(plain.findings.length).toBeGreaterThan(8);
    const result = await run({ concurrency: 1 });
    expect(result.findings).toEqual(plain.findings);
    expect(result.problems).toEqual(plain.problems);
  });

  it('counts the files checked and claims read as a plain check does, on threads and from the cache', async () => {
    const plain = check(options());
    expect(plain.stats?.files).toBe(24);
    expect(plain.stats?.claims).toBeGreaterThan(24);
    expect((await run({ concurrency: 1 })).stats).toEqual(plain.stats);
    expect((await run({ concurrency: 3 })).stats).toEqual(plain.stats);
    expect((await run({ cache: '.cache/stats.json' })).stats).toEqual(plain.stats);
    expect((await run({ cache: '.cache/stats.json' })).stats).toEqual(plain.stats);
  });

  it('answers an unchanged article from the cache, and rechecks it when it, the facts or factlint change', async () => {
    const cache = join(root, '.cache/factlint.json');
    const first = await run({ cache: '.cache/factlint.json' });
    const stored = JSON.parse(readFileSync(cache, 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(24);
    // Mark one cached finding: if the next run prints the mark, it did not check the article again.
    const file = first.findings[0].file;
    stored.entries[file].findings[0].found = 'from the cache';
    writeFileSync(cache, JSON.stringify(stored));
    const second = await run({ cache: '.cache/factlint.json' });
    expect(second.findings.map((f) => f.found)).toContain('from the cache');
    expect(second.findings.length).toBe(first.findings.length);

    expect((await run({ cache: '.cache/factlint.json' }, '1.0.1')).findings).toEqual(first.findings);
    writeFileSync(cache, JSON.stringify(stored));
    write(root, file, readFileSync(join(root, file), 'utf8') + '\nUne phrase de plus.\n');
    expect((await run({ cache: '.cache/factlint.json' })).findings).toEqual(first.findings);
    writeFileSync(cache, JSON.stringify(stored));
    write(root, 'facts/nordwind.yml', readFileSync(join(root, 'facts/nordwind.yml'), 'utf8') + '# reviewed\n');
    expect((await run({ cache: '.cache/factlint.json' })).findings).toEqual(first.findings);
  });

  it('treats a cache it cannot read as empty', async () => {
    write(root, '.cache/broken.json', '{ not json');
    expect((await run({ cache: '.cache/broken.json' })).findings).toEqual(check(options()).findings);
  });

  it('checks each article in exactly one of n shards, and the merged shards are the unsharded report', async () => {
    const whole = check(options());
    for (const count of [1, 2, 3, 5]) {
      const shards = await Promise.all(Array.from({ length: count }, (_, i) => run({ shard: { index: i + 1, count } })));
      expect(shards.reduce((n, s) => n + s.articles.length, 0)).toBe(whole.articles.length);
      const merged = mergeJson(shards.map((s, i) => ({ file: `shard-${i + 1}.json`, text: formatJson(s.findings) })));
      expect(merged).toEqual({ text: formatJson(whole.findings) });
    }
  });

  it('keeps an article in its shard when other articles come and go', async () => {
    const before = (await run({ shard: { index: 2, count: 3 } })).articles.map((a) => a.file);
    write(root, 'articles/new-one.md', '# Nouveau\n\nVeloria a été fondée en 1987.\n');
    const after = (await run({ shard: { index: 2, count: 3 } })).articles.map((a) => a.file);
    rmSync(join(root, 'articles/new-one.md'));
    expect(after.filter((f) => f !== 'articles/new-one.md')).toEqual(before);
  });
});
