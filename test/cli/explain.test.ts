import { describe, expect, it } from 'vitest';
import { runCli, type CliDeps } from '../../src/cli/run.js';
import type { CheckOptions, CheckResult } from '../../src/check-types.js';
import type { Host } from '../../src/host.js';
import type { Claim, Rule, Verdict } from '../../src/types.js';

const source = 'OVHcloud, fondée en 2001.\n';
const host: Host = {
  readFile: (path) => (path === 'articles/a.md' ? Buffer.from(source) : undefined),
  glob: () => [],
  isDirectory: () => false,
};

const claim = {
  attribute: 'founded',
  rule: { attribute: 'founded' } as Rule,
  lang: 'fr',
  entity: 'ovhcloud',
  entityReason: 'nearest alias',
  value: { type: 'year', value: 2001, raw: '2001' },
  start: 20,
  end: 24,
  matchedText: 'fondée en 2001',
  sentence: { text: '', offsets: [], block: 'paragraph', blockIndex: 0 },
  time: { source: 'none' },
} satisfies Claim;
const verdict: Verdict = { claim, kind: 'contradiction', reason: 'OVHcloud was founded in 1999, not 2001' };

async function explain(argv: string[], checkResult: CheckResult) {
  const out = { stdout: '', stderr: '', calls: [] as CheckOptions[] };
  const deps: CliDeps = {
    check: (options) => (out.calls.push(options), checkResult),
    createHost: () => host,
    builtinRules: () => [],
    packageInfo: () => ({ version: '0.0.0' }),
    writeNewFile: () => 'kept',
    writeFile: () => undefined,
  };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd: '/repo', env: {} };
  return { code: await runCli(argv, io, deps), ...out };
}

describe('runCli: explain', () => {
  const report = { file: 'articles/a.md', verdicts: [verdict], problems: [] };

  it('checks the one file and prints its claims with line:col, exit 0 even on a contradiction', async () => {
    const { code, stdout, calls } = await explain(['explain', './articles/a.md'], { findings: [], problems: [], articles: [report] });
    expect(code).toBe(0);
    expect(calls[0].paths).toEqual(['./articles/a.md']);
    expect(stdout).toContain('articles/a.md\n1 claim: 1 contradiction, 0 consistent, 0 unverifiable\n');
    expect(stdout).toContain('  1:21      contradiction  founded    ovhcloud  "2001"  -\n');
    expect(stdout).toContain('OVHcloud was founded in 1999, not 2001');
  });

  it('picks the asked article among several', async () => {
    const other = { file: 'articles/b.md', verdicts: [], problems: [] };
    const { stdout } = await explain(['explain', '/repo/articles/a.md'], { findings: [], problems: [], articles: [other, report] });
    expect(stdout).toContain('1 claim');
  });

  it('exits 2 when the file is not an article that is checked', async () => {
    const { code, stdout, stderr } = await explain(['explain', 'nope.md'], { findings: [], problems: [], articles: [] });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('factlint: nope.md is not an article that the configuration checks\n');
  });

  it('prints author errors and exits 2 when the configuration is broken', async () => {
    const problem = { file: 'facts/x.yml', line: 1, column: 1, level: 'error' as const, message: 'bad' };
    const { code, stderr } = await explain(['explain', 'articles/a.md'], { findings: [], problems: [problem], articles: [report] });
    expect(code).toBe(2);
    expect(stderr).toBe('facts/x.yml:1:1: error: bad\n');
  });
});
