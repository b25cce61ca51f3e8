import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Override } from './e2e/github-server.js';
import { ACME_FACTS, CONFIG, type PullScenario, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
const base = { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` };
const head = { 'articles/acme.md': `${FRONT}Acme builds rockets.\n\nAcme was founded in 2001.\n\nAcme is headquartered in Paris.\n` };
/** Waits as long as real runs do, so that a wait the Action did not bound would outlast the test. */
const REAL_DELAYS = { FACTLINT_API_DELAY_MS: '1000' };
/** Far more than a slow machine needs, far less than any unbounded wait. */
const GENEROUS = 240_000;

/** Each scenario must end, still report both findings in the log and the summary, and exit by fail-on. */
function stillReports(get: () => { run: ActionRun; lenient: ActionRun }, why: string, log: RegExp) {
  it('says in the log why it stopped waiting', () => {
    expect(get().run.stdout).toMatch(log);
  });

  it('reports every finding in the log, the summary and workflow commands', () => {
    const { run } = get();
    expect(commandAnnotations(run.stdout).map((a) => [a.level, a.file, a.line])).toEqual([
      ['error', 'articles/acme.md', 8],
      ['error', 'articles/acme.md', 10],
    ]);
    expect(run.summary).toContain('**2 contradictions**');
    expect(run.summary).toContain(why);
    expect(run.outputs.findings).toBe('2');
  });

  it('exits by fail-on', () => {
    expect(get().run.code).toBe(1);
    expect(get().lenient.code).toBe(0);
  });
}

function scenario(name: string, override: Override, why: string, log: RegExp, inputs: Record<string, string> = {}) {
  describe(name, () => {
    let s: PullScenario;
    let run: ActionRun;
    let lenient: ActionRun;

    beforeAll(async () => {
      await ensureBundle();
      s = await pullScenario(base, head, { override });
      run = await s.run(inputs, REAL_DELAYS);
      lenient = await s.run({ ...inputs, 'fail-on': 'never' }, REAL_DELAYS);
    }, GENEROUS);
    afterAll(() => s?.dispose());

    stillReports(() => ({ run, lenient }), why, log);
  });
}

scenario(
  'a server that never answers',
  () => ({ status: 200, hang: true }),
  'The check run could not be written (no answer from the GitHub API in 2 s to POST',
  /Could not list the pull request's files through the API \(no answer from the GitHub API in 2 s to GET .*\/pulls\/7\/files/,
  { 'api-timeout': '2' },
);

const inAnHour = () => String(Math.floor(Date.now() / 1000) + 3600);

scenario(
  'a primary rate limit for an hour',
  () => ({
    status: 403,
    body: { message: 'API rate limit exceeded for installation.' },
    headers: { 'retry-after': '3600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAnHour() },
  }),
  'The check run could not be written (HTTP 403: rate limited for longer than rate-limit-wait).',
  /GitHub API rate limit on GET .*\/pulls\/7\/files\?per_page=100: not waiting 36\d\ds \(60s of rate-limit-wait left\); giving up on this request\./,
);

scenario(
  'a secondary rate limit for an hour',
  () => ({ status: 429, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, headers: { 'retry-after': '3600' } }),
  'The check run could not be written (HTTP 429: rate limited for longer than rate-limit-wait).',
  /GitHub API secondary rate limit on POST .*\/check-runs: not waiting 3600s \(60s of rate-limit-wait left\); giving up on this request\./,
);
