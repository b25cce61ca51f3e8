import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

/** Paragraphs of one sentence each, so that finding i sits on line 2i+1 (after the front matter). */
const paragraphs = (sentences: string[]) => sentences.map((s) => `${s}\n`).join('\n');
const FRONT_EN = '---\nlang: en\ndate: 2026-01-08\nabout: [acme]\n---\n\n';
const FRONT_FR = '---\nlang: fr\ndate: 2026-01-08\nabout: [acme]\n---\n\n';
const years = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

// The base already says wrong things on lines the pull request does not touch.
const oldEnglish = years(2005, 5).map((y) => `Acme was founded in ${y}.`);
const newEnglish = years(1900, 60).map((y) => `Acme was founded in ${y}.`);
const newFrench = years(1930, 60).map((y) => `Acme, fondée en ${y}, fabrique des fusées.`);

describe('a pull request with 120 contradictions on its added lines', () => {
  let s: PullScenario;
  let run: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      {
        '.factlint.yml': CONFIG,
        'facts/acme.yml': ACME_FACTS,
        'articles/history.md': FRONT_EN + paragraphs(oldEnglish),
        'articles/fr/ancien.md': `${FRONT_FR}Acme, fondée en 2003, fabrique des fusées.\n`,
      },
      {
        'articles/history.md': FRONT_EN + paragraphs([...oldEnglish, ...newEnglish]),
        'articles/fr/histoire.md': FRONT_FR + paragraphs(newFrench),
      },
    );
    run = await s.run();
  });
  afterAll(() => s?.dispose());

  it('annotates all 120 in one check run, in 3 annotation requests', () => {
    const requests = checkRunRequests(s.server);
    expect(requests.map((r) => `${r.method} ${r.body.output.annotations.length} ${r.body.status}`)).toEqual([
      'POST 50 in_progress',
      'PATCH 50 in_progress',
      'PATCH 20 completed',
    ]);
    expect(requests[0]!.body).toMatchObject({ name: 'factlint', head_sha: s.head });
    expect(requests[2]!.body.conclusion).toBe('failure');
  });

  it('puts none on an unchanged line', () => {
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations).toHaveLength(120);
    const english = annotations.filter((a: any) => a.path === 'articles/history.md').map((a: any) => a.start_line);
    const added = newEnglish.map((_, i) => 7 + 2 * (oldEnglish.length + i));
    expect(english.sort((a: number, b: number) => a - b)).toEqual(added);
    expect(annotations.filter((a: any) => a.path === 'articles/fr/histoire.md')).toHaveLength(60);
    expect(annotations.some((a: any) => a.path === 'articles/fr/ancien.md')).toBe(false);
    expect(annotations[0]).toMatchObject({ annotation_level: 'failure', title: 'factlint: founded of acme' });
    expect(annotations[0].raw_details).toContain('Expected: 1999');
  });

  it('lists the files through the API, 100 a page, and never prints the token', () => {
    const listing = s.server.requests.filter((r) => r.path.endsWith('/pulls/7/files'));
    expect(listing[0]!.query.get('per_page')).toBe('100');
    expect(s.server.requests.every((r) => r.authorization === 'token ghs_testtoken123')).toBe(true);
    // The token appears once, in the command that tells the runner to mask it.
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => l.includes('ghs_testtoken123'));
    expect(lines).toEqual(['::add-mask::ghs_testtoken123']);
  });

  it('writes every finding to the summary and the outputs, and fails the step', () => {
    expect(run.summary).toContain('**120 contradictions** on the lines this pull request adds (120 errors)');
    expect(run.summary.match(/^\| error \| \[articles\//gm)).toHaveLength(120);
    expect(run.summary).toContain(`(https://github.test/acme-press/articles/blob/${s.head}/articles/history.md#L17)`);
    expect(run.outputs).toMatchObject({ findings: '120', errors: '120', warnings: '0' });
    expect(run.outputs.report).toMatch(/factlint-findings\.json$/);
    expect(run.code).toBe(1);
  });
});
