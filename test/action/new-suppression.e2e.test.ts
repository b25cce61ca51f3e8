import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
const base = { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` };
// Line 8 opens the suppression; lines 10 and 12 hold two contradictions it hides from the rendered diff.
const head = {
  'articles/acme.md': `${FRONT}Acme builds rockets.\n\n<!-- factlint-disable -->\n\nAcme was founded in 2001.\n\nAcme is headquartered in Paris.\n\n<!-- factlint-enable -->\n`,
};
const SENTENCE = 'This pull request adds 1 suppression that silences 2 findings';

describe('a pull request that wraps its own contradictions in a suppression', () => {
  let s: PullScenario;
  let allowed: ActionRun;
  let refused: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(base, head);
    allowed = await s.run();
    refused = await s.run({ 'allow-new-suppressions': 'false' });
  });
  afterAll(() => s?.dispose());

  const annotationsOf = (nth: number) => checkRunRequests(s.server).filter((r) => r.method === 'POST')[nth]!.body.output;

  it('shows the suppression as a notice on its line, naming what it silences, and passes by default', () => {
    const output = annotationsOf(0);
    expect(output.summary).toContain(`${SENTENCE}.`);
    expect(output.annotations).toHaveLength(1);
    expect(output.annotations[0]).toMatchObject({ path: 'articles/acme.md', start_line: 8, annotation_level: 'notice', title: expect.stringContaining('new-suppression') });
    expect(output.annotations[0].message).toContain('silences 2 findings: founded of acme on line 10 (found 2001, expected 1999); headquarters of acme on line 12');
    expect(allowed.summary).toContain(`${SENTENCE}.`);
    expect(allowed.outputs.findings).toBe('1');
    expect(allowed.code).toBe(0);
  });

  it('fails the step with allow-new-suppressions: false', () => {
    const output = annotationsOf(1);
    expect(output.summary).toContain(`${SENTENCE}, and allow-new-suppressions is false.`);
    expect(output.annotations[0]).toMatchObject({ path: 'articles/acme.md', start_line: 8, annotation_level: 'failure' });
    expect(refused.summary).toContain(`${SENTENCE}, and allow-new-suppressions is false.`);
    expect(refused.outputs.errors).toBe('1');
    expect(refused.code).toBe(1);
  });
});
