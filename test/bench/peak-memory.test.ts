import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../bench/timed-run.js';

const dir = mkdtempSync(join(tmpdir(), 'factlint-peak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const preload = join(import.meta.dirname, '../../bench/peak-memory.mjs');

/** A program that starts `threads` worker threads, each of which ends on its own before the main thread does. */
function program(threads: number): string {
  const file = join(dir, `threads-${threads}.mjs`);
  writeFileSync(
    file,
    [
      "import { Worker, isMainThread } from 'node:worker_threads';",
      `if (isMainThread) for (let i = 0; i < ${threads}; i++) await new Promise((done) => new Worker(new URL(import.meta.url)).once('exit', done));`,
      'else Array.from({ length: 1e5 }, (_, i) => i * 2);',
    ].join('\n'),
  );
  return file;
}

describe('the peak memory of a timed run', () => {
  it.each([0, 1, 3])('is one number, from the main thread, when the program starts %i worker threads', (threads) => {
    const run = runOnce(dir, { name: `${threads} threads`, args: [program(threads)] }, preload);
    expect(run.status).toBe(0);
    expect(run.peakKb).toBeGreaterThan(10_000);
  });

  it('is an error, never a 0, when the program reports none', () => {
    writeFileSync(join(dir, 'silent.mjs'), '// reports nothing\n');
    expect(() => runOnce(dir, { name: 'no preload', args: [program(0)] }, join(dir, 'silent.mjs'))).toThrow('no preload: peak memory is not one number of kB (read "")');
  });
});
