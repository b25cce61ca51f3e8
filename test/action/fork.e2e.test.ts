import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
const sentences = Array.from({ length: 14 }, (_, i) => `Acme was founded in ${1970 + i}.\n`).join('\n');

/** A fork's token may read but not write: GitHub answers 403 to check runs and reviews. */
const readOnly = (r: { method: string }) =>
  r.method === 'GET' ? undefined : { status: 403, body: { message: 'Resource not accessible by integration' } };

describe('a pull request from a fork', () => {
  let s: PullScenario;
  let run: ActionRun;
  let never: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/intro.md': `${FRONT}Acme builds rockets.\n` },
      { 'articles/intro.md': `${FRONT}Acme builds rockets.\n\n${sentences}` },
      { override: readOnly },
    );
    run = await s.run({ 'review-comments': 'true' });
    never = await s.run({ 'fail-on': 'never' });
  });
  afterAll(() => s?.dispose());

  it('tries the check run once (no retry on 403), then prints workflow commands for every finding', () => {
    const posts = s.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'));
    expect(posts).toHaveLength(2);
    const printed = commandAnnotations(run.stdout);
    expect(printed).toHaveLength(14);
    expect(printed.every((a) => a.level === 'error' && a.file === 'articles/intro.md')).toBe(true);
    expect(printed.map((a) => a.line)).toEqual(Array.from({ length: 14 }, (_, i) => 8 + 2 * i));
  });

  it('says in the summary that GitHub shows only 10 of each kind, and lists all 14', () => {
    expect(run.summary).toContain('GitHub shows only the first 10 of each kind per step: the table below lists all 14');
    expect(run.summary).toContain('403');
    expect(run.summary.match(/^\| error \| \[articles\/intro\.md:\d+\]/gm)).toHaveLength(14);
    expect(run.summary).toContain('Review comments could not be written (HTTP 403');
  });

  it('exits by fail-on', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::factlint: 14 contradictions on the lines this pull request adds, failing at "error"\./m);
    expect(never.code).toBe(0);
    expect(never.outputs.findings).toBe('14');
  });
});
