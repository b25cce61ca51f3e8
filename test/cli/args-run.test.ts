import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

describe("parseCliArgs: check's running options and merge", () => {
  it.each([
    [['check'], {}],
    [['check', '--cache'], { cache: '.factlintcache' }],
    [['check', '--cache', '--cache-location', 'tmp/fl.json'], { cache: 'tmp/fl.json' }],
    [['check', '--shard', '2/4'], { shard: { index: 2, count: 4 } }],
    [['check', '--concurrency', '3'], { concurrency: 3 }],
  ])('%j runs with %j', (argv, run) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok && parsed.command.name === 'check' && parsed.command.run).toEqual(run);
  });

  it.each([
    [['check', '--cache-location', 'x'], '--cache-location needs --cache'],
    [['check', '--shard', '0/4'], "--shard must be i/n with 1 <= i <= n, such as 1/4, not '0/4'"],
    [['check', '--shard', '5/4'], "--shard must be i/n with 1 <= i <= n, such as 1/4, not '5/4'"],
    [['check', '--shard', 'half'], "--shard must be i/n with 1 <= i <= n, such as 1/4, not 'half'"],
    [['check', '--concurrency', '0'], "--concurrency must be a whole number of threads, 1 or more, not '0'"],
    [['check', '--concurrency', 'auto'], "--concurrency must be a whole number of threads, 1 or more, not 'auto'"],
    [['explain', 'a.md', '--cache'], '--cache applies to check only'],
    [['facts', '--shard', '1/2'], '--shard applies to check only'],
    [['merge'], 'merge takes the report FILES to join'],
    [['merge', '--format', 'text', 'a.json'], "--format must be one of json, sarif, not 'text'"],
    [['merge', '--fail-on', 'error', 'a.json'], '--fail-on does not apply to merge'],
  ])('%j is refused: %s', (argv, error) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, error });
  });

  it('reads merge FILES and its format', () => {
    expect(parseCliArgs(['merge', '-f', 'sarif', 'a.sarif', 'b.sarif'])).toEqual({ ok: true, command: { name: 'merge', files: ['a.sarif', 'b.sarif'], format: 'sarif' } });
    expect(parseCliArgs(['merge', 'a.json'])).toEqual({ ok: true, command: { name: 'merge', files: ['a.json'], format: 'json' } });
  });
});
