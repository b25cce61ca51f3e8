import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it.each([
    [['--help'], { name: 'help' }],
    [['-h'], { name: 'help' }],
    [['check', '--help'], { name: 'help', topic: 'check' }],
    [['help', 'explain'], { name: 'help', topic: 'explain' }],
    [['check', '-', '--stdin-filename', 'articles/x.md'], { name: 'check', paths: ['-'], format: 'text', failOn: 'error', noColor: false, run: {}, stdinFilename: 'articles/x.md' }],
    [['check', '--fix'], { name: 'check', paths: [], format: 'text', failOn: 'error', noColor: false, run: {}, fix: 'write' }],
    [['check', '--fix-dry-run', '--color'], { name: 'check', paths: [], format: 'text', failOn: 'error', noColor: false, run: {}, color: true, fix: 'dry-run' }],
    [['check', '-f', 'sarif', '-o', 'out.sarif'], { name: 'check', paths: [], format: 'sarif', failOn: 'error', noColor: false, run: {}, output: 'out.sarif' }],
    [['explain', 'a.md', '--format', 'json'], { name: 'explain', file: 'a.md', noColor: false, format: 'json' }],
    [['--version'], { name: 'version' }],
    [['-v'], { name: 'version' }],
    [['check'], { name: 'check', paths: [], config: undefined, format: 'text', failOn: 'error', noColor: false, run: {} }],
    [
      ['check', 'articles', 'b.md', '--config', 'c.yml', '--format', 'json', '--fail-on', 'warning'],
      { name: 'check', paths: ['articles', 'b.md'], config: 'c.yml', format: 'json', failOn: 'warning', noColor: false, run: {} },
    ],
    [
      ['check', '-c', 'c.yml', '-f', 'sarif', '--fail-on=never', '--no-color'],
      { name: 'check', paths: [], config: 'c.yml', format: 'sarif', failOn: 'never', noColor: true, run: {} },
    ],
    [['check', '--format=github', '--', '--odd.md'], { name: 'check', paths: ['--odd.md'], config: undefined, format: 'github', failOn: 'error', noColor: false, run: {} }],
    [['explain', 'a.md'], { name: 'explain', file: 'a.md', config: undefined, noColor: false }],
    [['explain', 'a.md', '--config', 'x.yml'], { name: 'explain', file: 'a.md', config: 'x.yml', noColor: false }],
    [['test-rules'], { name: 'test-rules', paths: [], config: undefined }],
    [['test-rules', 'rules', 'more/x.yml', '-c', 'c.yml'], { name: 'test-rules', paths: ['rules', 'more/x.yml'], config: 'c.yml' }],
    [['facts'], { name: 'facts', paths: [], config: undefined, format: 'text', suggest: false }],
    [['facts', '--suggest'], { name: 'facts', paths: [], config: undefined, format: 'text', suggest: true }],
    [['facts', 'articles', '--format', 'json'], { name: 'facts', paths: ['articles'], config: undefined, format: 'json', suggest: false }],
    [['init'], { name: 'init' }],
  ])('%j', (argv, command) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [[], 'no command given'],
    [['lint'], "unknown command 'lint'"],
    [['check', '--format', 'xml'], "--format must be one of text, json, sarif, github, not 'xml'"],
    [['check', '--fail-on', 'info'], "--fail-on must be one of error, warning, notice, never, not 'info'"],
    [['explain'], 'explain takes exactly one FILE'],
    [['explain', 'a.md', 'b.md'], 'explain takes exactly one FILE'],
    [['explain', 'a.md', '--format', 'sarif'], "--format must be one of text, json, not 'sarif'"],
    [['test-rules', '--format', 'json'], '--format applies to check, explain and facts only'],
    [['check', '--fix', '--fix-dry-run'], '--fix and --fix-dry-run exclude each other'],
    [['check', '-', 'a.md'], '- (standard input) cannot be checked with other PATHS'],
    [['check', 'a.md', '--stdin-filename', 'x.md'], '--stdin-filename names standard input: give - as the PATH'],
    [['check', '-', '--fix'], '--fix cannot write into standard input; use --fix-dry-run'],
    [['facts', '--fix'], '--fix applies to check only'],
    [['test-rules', '--fail-on', 'never'], '--fail-on applies to check only'],
    [['facts', '--format', 'sarif'], "--format must be one of text, json, not 'sarif'"],
    [['facts', '--fail-on', 'error'], '--fail-on applies to check only'],
    [['init', 'somewhere'], 'init takes no PATHS: it writes into the current directory'],
    [['init', '--config', 'x.yml'], '--config does not apply to init'],
    [['toString'], "unknown command 'toString'"],
    [['explain', 'a.md', '--fail-on', 'never'], '--fail-on applies to check only'],
  ])('rejects %j', (argv, error) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, error });
  });

  // Worded by node's util.parseArgs: only the option named is asserted.
  it.each([
    [['check', '--bogus'], "'--bogus'"],
    [['check', '-x'], "'-x'"],
    [['check', '--format'], '--format'],
    [['check', '--no-color=yes'], '--no-color'],
    [['--versions'], "'--versions'"],
  ])('rejects %j, naming the option', (argv, option) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(option);
  });
});
