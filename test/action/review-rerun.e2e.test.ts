import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: fr\ndate: 2026-01-08\n---\n\n';
const stale = {
  id: 1,
  path: 'articles/acme.md',
  line: 6,
  body: 'An earlier finding.\n\n<!-- factlint:00000000000000000000 -->',
  user: { login: 'github-actions[bot]', type: 'Bot' },
};

describe('review comments across runs', () => {
  let s: PullScenario;
  let first: ActionRun;
  let second: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme fabrique des fusées.\n` },
      { 'articles/acme.md': `${FRONT}Acme fabrique des fusées.\n\nAcme, fondée en 2001, fabrique des fusées à Lyon.\n` },
      { comments: [stale] },
    );
    first = await s.run({ 'review-comments': 'true' });
    second = await s.run({ 'review-comments': 'true' });
  });
  afterAll(() => s?.dispose());

  it('posts one review with a one-click suggestion on the diff line', () => {
    const reviews = s.server.requests.filter((r) => r.path.endsWith('/pulls/7/reviews'));
    expect(reviews).toHaveLength(1);
    const [comment] = reviews[0]!.body.comments;
    expect(comment).toMatchObject({ path: 'articles/acme.md', line: 8, side: 'RIGHT' });
    expect(comment.body).toContain('```suggestion\nAcme, fondée en 1999, fabrique des fusées à Lyon.\n```');
    expect(comment.body).toMatch(/<!-- factlint:[0-9a-f]{20} -->/);
    expect(reviews[0]!.body.commit_id).toBe(s.head);
  });

  it('resolves its stale comment once, and a re-run posts nothing again', () => {
    const patches = s.server.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'));
    expect(patches.map((r) => r.path.split('/').at(-1))).toEqual(['1']);
    expect(patches[0]!.body.body).toContain('Resolved');
    expect(first.stdout).toContain('Review comments: 1 new, 0 updated, 0 unchanged, 1 resolved.');
    expect(second.stdout).toContain('Review comments: 0 new, 0 updated, 1 unchanged, 0 resolved.');
  });
});
