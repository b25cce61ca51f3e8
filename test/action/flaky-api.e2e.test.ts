import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
const base = { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` };
const head = { 'articles/acme.md': `${FRONT}Acme builds rockets.\n\nAcme was founded in 2001.\n\nAcme is headquartered in Paris.\n` };
const down = { status: 500, body: { message: 'Server Error' } };

describe('an API that fails once, then answers', () => {
  let s: PullScenario;
  let run: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    // The first write of each kind and the first file listing fail; their retries succeed.
    const once = (r: { method: string; path: string }, nth: number) => (nth === 1 && (r.method !== 'GET' || r.path.endsWith('/files')) ? down : undefined);
    s = await pullScenario(base, head, { override: once });
    run = await s.run();
  });
  afterAll(() => s?.dispose());

  it('retries the file listing and the check run, and annotates every finding', () => {
    expect(s.server.requests.filter((r) => r.path.endsWith('/pulls/7/files'))).toHaveLength(2);
    const posts = s.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    expect(posts.map((r) => r.status)).toEqual([500, 201]);
    expect(checkRunRequests(s.server).flatMap((r) => r.body.output.annotations)).toHaveLength(2);
    expect(commandAnnotations(run.stdout)).toHaveLength(0);
    expect(run.code).toBe(1);
  });
});

describe('an API that stays down', () => {
  let s: PullScenario;
  let failing: ActionRun;
  let lenient: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(base, head, { override: () => down });
    failing = await s.run();
    lenient = await s.run({ 'fail-on': 'never' });
  });
  afterAll(() => s?.dispose());

  it('reads the changed lines from git and still reports every finding in the log and the summary', () => {
    expect(failing.stdout).toContain('articles/acme.md:8:');
    expect(failing.stdout).toContain('articles/acme.md:10:');
    expect(commandAnnotations(failing.stdout)).toHaveLength(2);
    expect(failing.summary).toContain('**2 contradictions**');
    expect(failing.summary).toContain('The check run could not be written (HTTP 500)');
    expect(failing.summary).toContain('the local history was used');
    expect(failing.outputs.findings).toBe('2');
  });

  it('exits by fail-on', () => {
    expect(failing.code).toBe(1);
    expect(lenient.code).toBe(0);
  });
});
