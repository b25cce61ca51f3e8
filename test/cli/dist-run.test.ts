import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeNewsroom } from '../helpers/newsroom.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const worker = fileURLToPath(new URL('../../dist/check-worker.js', import.meta.url));

describe.skipIf(!existsSync(cli))('the bundled CLI, run at scale', () => {
  const root = makeNewsroom(24);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const factlint = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

  it('bundles the worker threads beside the CLI', () => {
    expect(existsSync(worker)).toBe(true);
  });

  it('prints the same report on one thread and on several', () => {
    const one = factlint('check', '--format', 'json', '--concurrency', '1');
    const three = factlint('check', '--format', 'json', '--concurrency', '3');
    expect(one.status).toBe(1);
    expect(JSON.parse(one.stdout).length).toBeGreaterThan(10);
    expect(three.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(1);
  });

  it.each(['json', 'sarif'])('merges the %s reports of three shards into the unsharded report', (format) => {
    const whole = factlint('check', '--format', format);
    const files = [1, 2, 3].map((i) => {
      const shard = factlint('check', '--format', format, '--shard', `${i}/3`);
      expect([0, 1]).toContain(shard.status);
      writeFileSync(join(root, `shard-${i}.${format}`), shard.stdout);
      return `shard-${i}.${format}`;
    });
    const merged = factlint('merge', '--format', format, ...files);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('writes .factlintcache in the working directory with --cache, and prints the same report from it', () => {
    const first = factlint('check', '--format', 'json', '--cache');
    expect(existsSync(join(root, '.factlintcache'))).toBe(true);
    const second = factlint('check', '--format', 'json', '--cache');
    expect(second.stdout).toBe(first.stdout);
  });
});
