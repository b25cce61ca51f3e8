import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../../src/action/annotations.js';
import { publishCheckRun } from '../../src/action/check-run.js';
import { fakeApi, httpError } from './helpers/fake-api.js';
import { finding } from './helpers/findings.js';

const repo = { owner: 'acme-press', repo: 'articles' };
const input = (n: number) => ({
  repo,
  headSha: 'abc123',
  annotations: Array.from({ length: n }, (_, i) => toAnnotation(finding(i + 1), 'articles/acme.md')),
  conclusion: 'failure' as const,
  title: 't',
  summary: 's',
});

describe('publishCheckRun', () => {
  it('posts 120 annotations in 3 requests: create with 50, patch 50, patch 20 and complete', async () => {
    const api = fakeApi(() => ({ id: 7 }));
    const outcome = await publishCheckRun(api, input(120));
    expect(outcome).toEqual({ ok: true, id: 7, requests: 3 });
    expect(api.calls.map((c) => [c.route.split(' ')[0], c.params.output.annotations.length, c.params.status])).toEqual([
      ['POST', 50, 'in_progress'],
      ['PATCH', 50, 'in_progress'],
      ['PATCH', 20, 'completed'],
    ]);
    expect(api.calls[0]!.params).toMatchObject({ name: 'factlint', head_sha: 'abc123' });
    expect(api.calls[2]!.params.conclusion).toBe('failure');
  });

  it('creates a completed run in one request when nothing is found', async () => {
    const api = fakeApi(() => ({ id: 1 }));
    await publishCheckRun(api, { ...input(0), conclusion: 'success' });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.params).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('reports a 403 with nothing posted, and completes a run it had begun', async () => {
    const denied = await publishCheckRun(fakeApi(() => { throw httpError(403); }), input(3));
    expect(denied).toMatchObject({ ok: false, status: 403, posted: 0 });
    let n = 0;
    const api = fakeApi(() => {
      if (++n === 2) throw httpError(500);
      return { id: 9 };
    });
    const partial = await publishCheckRun(api, input(80));
    expect(partial).toMatchObject({ ok: false, status: 500, posted: 50 });
    expect(api.calls.at(-1)!.params).toMatchObject({ status: 'completed', check_run_id: 9 });
  });
});

describe('toAnnotation', () => {
  it('gives columns only on one line, and details for the reviewer', () => {
    const one = toAnnotation(finding(3), 'articles/acme.md');
    expect(one).toMatchObject({ path: 'articles/acme.md', start_line: 3, end_line: 3, start_column: 24, end_column: 28, annotation_level: 'failure' });
    expect(one.raw_details).toBe('Found: 2001\nExpected: 1999\nFact source: facts/acme.yml:4');
    const two = toAnnotation(finding(3, { endLine: 4 }), 'a.md');
    expect(two.start_column).toBeUndefined();
  });

  it('breaks mentions and line breaks in article text', () => {
    const a = toAnnotation(finding(1, { message: 'ask @acme/board\n::error::x' }), 'a.md');
    expect(a.message).toBe('ask @\u200dacme/board ::error::x');
  });
});
