import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOneFile, prepare } from '../../src/check.js';
import { checkInThreads, MIN_ARTICLES_PER_THREAD, threadsFor } from '../../src/cli/check-pool.js';
import { readBuiltinRules } from '../../src/cli/builtin-rules.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { makeNewsroom } from '../helpers/newsroom.js';

const root = makeNewsroom(30);
const entry = join(root, '.worker/check-worker.mjs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The worker runs bundled, as in dist/: bundle it from source the way scripts/bundle.mjs does.
beforeAll(async () => {
  await build({
    entryPoints: ['src/cli/check-worker.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
  });
});

describe('checkInThreads', () => {
  it('gives, from worker threads alone, the findings, problems, gap claims and claim counts of one thread, article by article', async () => {
    const host = createNodeHost(root);
    const builtinRules = readBuiltinRules();
    const { knowledge, files } = prepare({ cwd: root, host, builtinRules });
    expect(files).toHaveLength(30);
    const single = files.map((file) => {
      const { findings, problems, gaps, claims } = checkOneFile(file, host, knowledge!);
      return { findings, problems, gaps, claims };
    });
    expect(single.every((o) => o.claims !== undefined)).toBe(true);
    expect(single.filter((o) => o.findings.length > 0).length).toBeGreaterThan(8);
    const threaded = await checkInThreads({ cwd: root, files }, host, knowledge!, 3, { entry: pathToFileURL(entry), mainChecks: false });
    expect(threaded).toEqual(single);
  });

  it('reports a worker that cannot start instead of returning fewer articles', async () => {
    const host = createNodeHost(root);
    const builtinRules = readBuiltinRules();
    const { knowledge, files } = prepare({ cwd: root, host, builtinRules });
    const missing = pathToFileURL(join(root, '.worker/none.mjs'));
    await expect(checkInThreads({ cwd: root, files }, host, knowledge!, 2, { entry: missing, mainChecks: false })).rejects.toThrow();
  });
});

describe('threadsFor', () => {
  const idle = (cores: number) => ({ cores, load: 0 });
  it.each([
    [3, undefined, idle(4), 1],
    [MIN_ARTICLES_PER_THREAD - 1, undefined, idle(4), 1],
    [2 * MIN_ARTICLES_PER_THREAD, undefined, idle(4), 2],
    [10_000, undefined, idle(2), 2],
    [10_000, undefined, idle(16), 4],
    [10_000, undefined, { cores: 2, load: 1.3 }, 2],
    [10_000, undefined, { cores: 4, load: 3.5 }, 2],
    [10_000, undefined, { cores: 2, load: 9 }, 1],
    [10_000, 1, idle(4), 1],
    [10_000, 3, { cores: 2, load: 9 }, 3],
    [2, 4, idle(4), 2],
  ])('%i articles, --concurrency %s, %j: %i thread(s)', (articles, asked, machine, threads) => {
    expect(threadsFor(articles, asked, machine)).toBe(threads);
  });

  it("sizes a large run's pool from this machine's cores when none is given", () => {
    expect(threadsFor(100 * MIN_ARTICLES_PER_THREAD)).toBeLessThanOrEqual(Math.min(4, availableParallelism()));
  });
});
