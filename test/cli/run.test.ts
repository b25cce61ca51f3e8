import { describe, expect, it } from 'vitest';
import { runCli, type CliDeps, type CliIo } from '../../src/cli/run.js';
import type { CheckOptions, CheckResult } from '../../src/check-types.js';
import type { Host } from '../../src/host.js';
import type { AuthorError, Finding, Severity } from '../../src/types.js';
import { employees, founded } from '../reporters/findings.js';

const files: Record<string, string> = { 'articles/a.md': 'OVHcloud, fondée en 2001.\n' };
const host: Host = {
  readFile: (path) => (path in files ? Buffer.from(files[path]) : undefined),
  glob: () => [],
  isDirectory: () => false,
};

function result(findings: Finding[] = [], problems: AuthorError[] = []): CheckResult {
  return { findings, problems, articles: [] };
}

/** Runs the CLI against a fake check and captures what it prints and every call to check. */
async function cli(argv: string[], checkResult: CheckResult | (() => CheckResult) = result(), io: Partial<CliIo> = {}) {
  const out = { stdout: '', stderr: '', calls: [] as CheckOptions[] };
  const deps: CliDeps = {
    check: (options) => {
      out.calls.push(options);
      return typeof checkResult === 'function' ? checkResult() : checkResult;
    },
    createHost: () => host,
    builtinRules: () => [{ file: 'rules/founded.yml', text: 'attribute: founded\n' }],
    packageInfo: () => ({ version: '9.8.7' }),
    writeNewFile: () => 'kept',
    writeFile: () => undefined,
  };
  const code = await runCli(
    argv,
    { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), cwd: '/repo', env: {}, ...io },
    deps,
  );
  return { code, ...out };
}

const withSeverity = (severity: Severity): Finding => ({ ...founded, severity });
const error: AuthorError = { file: 'facts/ovh.yml', line: 3, column: 5, level: 'error', message: 'unknown key "fonded"' };
const warning: AuthorError = { file: '.factlint.yml', line: 1, column: 1, level: 'warning', message: 'unknown language "de"' };

describe('runCli: check', () => {
  it('passes cwd, host, built-in rules, config and paths to check', async () => {
    const { calls } = await cli(['check', 'articles', '--config', 'c.yml']);
    expect(calls).toEqual([
      {
        cwd: '/repo',
        host,
        builtinRules: [{ file: 'rules/founded.yml', text: 'attribute: founded\n' }],
        configPath: 'c.yml',
        paths: ['articles'],
        searchUpward: true,
        requireInput: true,
      },
    ]);
    const { calls: bare } = await cli(['check']);
    expect(bare[0]).not.toHaveProperty('paths');
    expect(bare[0]).not.toHaveProperty('configPath');
  });

  it.each<[string, string[], Finding[], 0 | 1]>([
    ['no findings', [], [], 0],
    ['an error at the default level', [], [founded], 1],
    ['a warning at the default level', [], [employees], 0],
    ['a warning with --fail-on warning', ['--fail-on', 'warning'], [employees], 1],
    ['a notice with --fail-on warning', ['--fail-on', 'warning'], [withSeverity('notice')], 0],
    ['a notice with --fail-on notice', ['--fail-on', 'notice'], [withSeverity('notice')], 1],
    ['an error with --fail-on notice', ['--fail-on', 'notice'], [founded], 1],
    ['an error with --fail-on never', ['--fail-on', 'never'], [founded], 0],
  ])('exits %# for %s', async (_name, flags, findings, code) => {
    expect((await cli(['check', ...flags], result(findings))).code).toBe(code);
  });

  it('prints the text report on stdout', async () => {
    const { stdout, stderr } = await cli(['check'], result([founded]));
    expect(stdout).toContain('  12:34  error  OVHcloud was founded in 1999');
    expect(stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(stdout).not.toContain('\u001b');
    expect(stderr).toBe('');
  });

  it('colours only on a terminal, and not when NO_COLOR or --no-color say no', async () => {
    const run = (argv: string[], io: Partial<CliIo>) => cli(argv, result([founded]), io).then((r) => r.stdout.includes('\u001b'));
    expect(await run(['check'], { isTTY: true })).toBe(true);
    expect(await run(['check'], { isTTY: false })).toBe(false);
    expect(await run(['check', '--no-color'], { isTTY: true })).toBe(false);
    expect(await run(['check'], { isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await run(['check', '--format', 'json'], { isTTY: true })).toBe(false);
  });

  it('prints JSON findings, SARIF with the version, and GitHub commands', async () => {
    const json = await cli(['check', '--format', 'json'], result([founded]));
    expect(JSON.parse(json.stdout)).toEqual([founded]);
    const sarif = await cli(['check', '--format', 'sarif'], result([founded]));
    expect(JSON.parse(sarif.stdout).runs[0].tool.driver.version).toBe('9.8.7');
    const github = await cli(['check', '--format', 'github'], result([founded]));
    expect(github.stdout).toMatch(/^::error file=articles\/2026-01-ovh-results.md,line=12,/);
    expect(github.code).toBe(1);
  });

  it('prints an empty JSON array when all is well', async () => {
    const { stdout, code } = await cli(['check', '--format', 'json']);
    expect([stdout, code]).toEqual(['[]\n', 0]);
  });

  it('exits 2 on an author error, whatever the findings and --fail-on', async () => {
    for (const flags of [[], ['--fail-on', 'never']]) {
      const { code, stderr, stdout } = await cli(['check', ...flags], result([founded], [error]));
      expect(code).toBe(2);
      expect(stderr).toBe('facts/ovh.yml:3:5: error: unknown key "fonded"\n');
      expect(stdout).toContain('OVHcloud was founded in 1999');
    }
  });

  it('does not claim "no contradictions" when the configuration is broken', async () => {
    const { code, stdout } = await cli(['check'], result([], [error]));
    expect([code, stdout]).toEqual([2, '']);
  });

  it('keeps stdout valid JSON when there are author errors', async () => {
    const { code, stdout } = await cli(['check', '--format', 'json'], result([], [error]));
    expect([code, stdout]).toEqual([2, '[]\n']);
  });

  it('reports warning-level problems on stderr without changing the exit code', async () => {
    const { code, stderr } = await cli(['check'], result([], [warning]));
    expect(code).toBe(0);
    expect(stderr).toBe('.factlint.yml:1:1: warning: unknown language "de"\n');
  });

  it('reports an article\'s own problems once, even when the run repeats them', async () => {
    const badFrontMatter: AuthorError = { file: 'articles/a.md', line: 2, column: 7, level: 'error', message: 'bad date' };
    const checkResult: CheckResult = {
      findings: [],
      problems: [badFrontMatter],
      articles: [{ file: 'articles/a.md', verdicts: [], problems: [badFrontMatter, warning] }],
    };
    const { code, stderr } = await cli(['check'], checkResult);
    expect(code).toBe(2);
    expect(stderr).toBe('articles/a.md:2:7: error: bad date\n.factlint.yml:1:1: warning: unknown language "de"\n');
  });

  it('turns author errors into annotations in GitHub format', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'github'], result([], [error]));
    expect(code).toBe(2);
    expect(stdout).toBe('::error file=facts/ovh.yml,line=3,col=5,title=factlint (configuration)::unknown key "fonded"\n');
    expect(stderr).toBe('');
  });
});

describe('runCli: usage, help, version and crashes', () => {
  it.each([
    [['check', '--format', 'xml']],
    [['check', '--fail-on', 'info']],
    [['check', '--bogus']],
    [['frobnicate']],
    [[]],
  ])('exits 2 with a usage error for %j, without running check', async (argv) => {
    const { code, stdout, stderr, calls } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^factlint: .+\nRun 'factlint help' for usage\.\n$/);
    expect(calls).toEqual([]);
  });

  it('prints help on stdout and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: factlint <command> \[options\]/);
    expect(stdout).toContain('--fail-on LEVEL');
  });

  it.each([
    [['help', 'check'], 'Usage: factlint check [PATHS...] [options]'],
    [['check', '--help'], 'Usage: factlint check [PATHS...] [options]'],
    [['help', 'explain'], 'Usage: factlint explain FILE [options]'],
    [['facts', '-h'], 'Usage: factlint facts [PATHS...] [options]'],
    [['help'], 'Usage: factlint <command> [options]'],
  ])('%j prints that help on stdout and exits 0', async (argv, head) => {
    const { code, stdout, calls } = await cli(argv);
    expect([code, stdout.split('\n')[0], calls]).toEqual([0, head, []]);
  });

  it.each([
    [['chek'], "factlint: unknown command 'chek'; did you mean 'check'?"],
    [['help', 'fact'], "factlint: unknown command 'fact'; did you mean 'facts'?"],
    [['check', '--formt', 'json'], "factlint: Unknown option '--formt'; did you mean '--format'?"],
    [['check', '--fail-of', 'never'], "factlint: Unknown option '--fail-of'; did you mean '--fail-on'?"],
  ])('%j names the command or option most likely meant', async (argv, first) => {
    const { code, stderr } = await cli(argv);
    expect([code, stderr.split('\n')[0]]).toEqual([2, first]);
  });

  it('prints the version', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: '9.8.7\n' });
  });

  it('prints a crash with its stack and exits 2 when check throws', async () => {
    const { code, stdout, stderr } = await cli(['check'], () => {
      throw new TypeError('cannot read properties of undefined');
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^factlint crashed: TypeError: cannot read properties of undefined\n\s+at /);
    expect(stderr).toContain('This is a bug in factlint');
  });
});
