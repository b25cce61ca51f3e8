import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from '../../src/action/act.js';
import type { CheckOptions, CheckResult } from '../../src/check-types.js';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, pullScenario } from './e2e/scenario.js';
import { finding } from './helpers/findings.js';
import { memoryLogger } from './helpers/memory-logger.js';

/**
 * The whole run in-process, with a stub in place of the core's check: what
 * the Action does with findings, whatever the rules find. The e2e tests run
 * the same path through the real bundle.
 */
describe('act with a stub check', () => {
  let s: PullScenario;
  const seen: CheckOptions[] = [];
  const stub = (options: CheckOptions): CheckResult => {
    seen.push(options);
    return { findings: [finding(3), finding(5), finding(1, { file: 'articles/other.md' })], problems: [], articles: [] };
  };

  beforeAll(async () => {
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': 'a\nb\nc\nd\ne\n', 'articles/other.md': 'x\n' },
      { 'facts/acme.yml': ACME_FACTS.replace('1999', '2001'), 'articles/acme.md': 'a\nb\nC\nd\ne\n' },
    );
  });
  afterAll(() => s?.dispose());

  async function runAct(check: (options: CheckOptions) => CheckResult, inputs: Record<string, string> = {}) {
    const temp = mkdtempSync(join(tmpdir(), 'factlint-act-'));
    const event = join(temp, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: s.base }, head: { sha: s.head } } }));
    writeFileSync(join(temp, 'summary.md'), '');
    const outputs: Record<string, string> = {};
    const failures: string[] = [];
    const logger = memoryLogger();
    await act({
      env: {
        ...inputs,
        INPUT_TOKEN: 'ghs_x',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: s.repo.dir,
        GITHUB_REPOSITORY: 'acme-press/articles',
        GITHUB_SHA: s.head,
        GITHUB_API_URL: s.server.url,
        GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
        RUNNER_TEMP: temp,
        FACTLINT_API_DELAY_MS: '1',
      },
      logger,
      check,
      builtinRules: () => [],
      packageInfo: () => ({ version: '0.0.0' }),
      setOutput: (name, value) => (outputs[name] = value),
      setFailed: (message) => failures.push(message),
    });
    return { outputs, failures, logger, summary: readFileSync(join(temp, 'summary.md'), 'utf8') };
  }

  it('checks only changed articles, with base facts, and reports the findings on added lines', async () => {
    const { outputs, failures, logger, summary } = await runAct(stub, { INPUT_SARIF: 'out/factlint.sarif' });
    expect(seen[0]!.paths).toEqual(['articles/acme.md']);
    expect(seen[0]!.host.readFile('facts/acme.yml')!.toString()).toContain('founded: 1999');
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations.map((a: any) => a.start_line)).toEqual([3]);
    expect(outputs).toMatchObject({ findings: '1', errors: '1', warnings: '0' });
    expect(JSON.parse(readFileSync(outputs.report!, 'utf8'))).toHaveLength(1);
    expect(failures).toHaveLength(1);
    expect(logger.entries.find((e) => e.kind === 'secret')?.message).toBe('ghs_x');
    const sarif = JSON.parse(readFileSync(join(s.repo.dir, 'out/factlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(summary).toContain('| acme | founded | changed | 1999 | 2001 | facts/acme.yml:4 |');
  });

  it('fails on a bad config with its file:line:col, as an annotation and in the failure', async () => {
    const broken = (): CheckResult => ({
      findings: [],
      problems: [{ file: '.factlint.yml', line: 2, column: 8, level: 'error', message: 'facts: expected a list of globs' }],
      articles: [],
    });
    const { failures, logger, summary } = await runAct(broken);
    expect(failures).toEqual(['factlint: bad configuration\n.factlint.yml:2:8: facts: expected a list of globs']);
    expect(logger.entries.map((e) => e.message)).toContain('::error file=.factlint.yml,line=2,col=8,title=factlint (configuration)::facts: expected a list of globs');
    expect(summary).toContain('### Configuration problems');
  });

  it('an article that could not be checked fails the step, and the findings of the others are still published', async () => {
    // As check() returns it: the article's problem in its report and in the run's list.
    const failure = { file: 'articles/broken.md', line: 1, column: 1, level: 'error' as const, message: 'factlint failed on this article, and checked the others: RangeError: boom\nat here' };
    const oneFailed = (): CheckResult => ({
      findings: [finding(3)],
      problems: [failure],
      articles: [
        { file: 'articles/acme.md', verdicts: [], problems: [] },
        { file: 'articles/broken.md', verdicts: [], problems: [failure] },
      ],
    });
    const before = checkRunRequests(s.server).length;
    const { outputs, failures, summary } = await runAct(oneFailed);
    const annotations = checkRunRequests(s.server).slice(before).flatMap((r) => r.body.output.annotations);
    expect(annotations.map((a: any) => `${a.path}:${a.start_line}`)).toEqual(['articles/acme.md:3']);
    expect(outputs).toMatchObject({ findings: '1', errors: '1' });
    expect(failures).toEqual([
      'factlint: 1 contradiction on the lines this pull request adds, failing at "error".\n' +
        'factlint: 1 file could not be checked\narticles/broken.md:1:1: factlint failed on this article, and checked the others: RangeError: boom',
    ]);
    expect(summary).toContain('articles/broken.md:1:1');
  });
});
