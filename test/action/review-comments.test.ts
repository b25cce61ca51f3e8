import { describe, expect, it } from 'vitest';
import { marker } from '../../src/action/fingerprint.js';
import { syncReviewComments, wantedComments } from '../../src/action/review-comments.js';
import { suggestedLine } from '../../src/action/suggestion.js';
import { fakeApi } from './helpers/fake-api.js';
import { finding } from './helpers/findings.js';

const repo = { owner: 'acme-press', repo: 'articles' };
const pull = { number: 4, headSha: 'head1' };
const source = 'Intro.\nAcme, fondée en 2001, vend des fusées.\n';
const f = finding(2, { column: 17, endColumn: 21 });

describe('suggestion', () => {
  it('replaces the found text by the suggestion in its line', () => {
    expect(suggestedLine(f, source)).toBe('Acme, fondée en 1999, vend des fusées.');
    expect(suggestedLine({ ...f, suggestion: undefined }, source)).toBeUndefined();
  });
});

describe('syncReviewComments', () => {
  const wanted = wantedComments([f], (p) => p, () => source);

  it('posts one review with a comment on the diff line and a suggestion block', async () => {
    const api = fakeApi((call) => (call.route.startsWith('GET') ? [] : {}));
    const outcome = await syncReviewComments(api, repo, pull, wanted);
    expect(outcome.created).toBe(1);
    const review = api.calls.find((c) => c.route.startsWith('POST'))!;
    expect(review.route).toBe('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews');
    const [comment] = review.params.comments;
    expect(comment).toMatchObject({ path: 'articles/acme.md', line: 2, side: 'RIGHT' });
    expect(comment.body).toContain('```suggestion\nAcme, fondée en 1999, vend des fusées.\n```');
    expect(comment.body).toContain(marker(wanted[0]!.fingerprint));
  });

  it('updates its own earlier comment and resolves the stale one instead of posting again', async () => {
    const mine = { id: 1, path: 'articles/acme.md', line: 2, body: `old text\n${marker(wanted[0]!.fingerprint)}`, user: { type: 'Bot' } };
    const stale = { id: 2, path: 'articles/acme.md', line: 9, body: `gone\n${marker('0'.repeat(20))}`, user: { type: 'Bot' } };
    const human = { id: 3, path: 'articles/acme.md', line: 2, body: `quoting ${marker('1'.repeat(20))}`, user: { type: 'User' } };
    const api = fakeApi((call) => (call.route.startsWith('GET') ? [mine, stale, human] : {}));
    const outcome = await syncReviewComments(api, repo, pull, wanted);
    expect(outcome).toEqual({ created: 0, updated: 1, resolved: 1, unchanged: 0 });
    const patches = api.calls.filter((c) => c.route.startsWith('PATCH'));
    expect(patches.map((c) => c.params.comment_id)).toEqual([1, 2]);
    expect(patches[1]!.params.body).toContain('Resolved');
    expect(api.calls.some((c) => c.route.startsWith('POST'))).toBe(false);
  });
});
