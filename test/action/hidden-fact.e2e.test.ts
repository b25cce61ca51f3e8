import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: fr\ndate: 2026-01-08\n---\n\n';

describe('a pull request that edits a fact to hide its own contradiction', () => {
  let s: PullScenario;
  let run: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme fabrique des fusées.\n` },
      {
        // The article says 2001, and the same pull request rewrites the fact to agree with it.
        'facts/acme.yml': ACME_FACTS.replace('founded: 1999', 'founded: 2001'),
        'facts/rival.yml': 'entity: rival\nname: Rival\nfacts:\n  founded: 2001\n',
        'articles/acme.md': `${FRONT}Acme fabrique des fusées.\n\nAcme, fondée en 2001, fabrique des fusées à Lyon.\n`,
      },
    );
    run = await s.run();
  });
  afterAll(() => s?.dispose());

  it('still flags the claim against the base facts', () => {
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ path: 'articles/acme.md', start_line: 8 });
    expect(annotations[0].raw_details).toContain('Found: 2001\nExpected: 1999\nFact source: facts/acme.yml:4');
    expect(run.code).toBe(1);
  });

  it('lists the fact changes in the summary for reviewers', () => {
    expect(run.summary).toContain('### Facts this pull request changes');
    expect(run.summary).toContain('| acme | founded | changed | 1999 | 2001 | facts/acme.yml:4 |');
    expect(run.summary).toContain('| rival | founded | added |  | 2001 | facts/rival.yml:4 |');
    expect(run.summary.indexOf('### Facts this pull request changes')).toBeLessThan(run.summary.indexOf('### Findings'));
  });
});
