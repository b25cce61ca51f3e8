import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

// Both the path and the text of the article carry what must stay inert.
const HOSTILE = 'articles/@org/team ::error::pwned %0A | <script>.md';
const TEXT = '---\nlang: en\ndate: 2026-01-08\n---\n\n::error::pwned %0A::warning::x | <script>alert(1)</script> cc @org/team\n\nAcme was founded in 2001. ::error::again | <b>@org/team</b> %0A\n';

describe('article text that tries to speak to the runner and to GitHub', () => {
  let s: PullScenario;
  let commands: ActionRun;
  let checks: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario({ '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS }, { [HOSTILE]: TEXT });
    commands = await s.run({ annotations: 'commands' });
    checks = await s.run({ 'review-comments': 'true' });
  });
  afterAll(() => s?.dispose());

  it('cannot issue a workflow command', () => {
    for (const run of [commands, checks]) {
      const lines = run.stdout.split(/\r?\n/);
      // Our own commands only: annotations with properties, masks, the stop-commands guard and the failure.
      const bare = lines.filter((l) => /^\s*::[a-z-]+::/.test(l) && !/^::(stop-commands|add-mask)::/.test(l) && !/^::[0-9a-f-]{36}::$/.test(l));
      expect(bare.every((l) => l.startsWith('::error::factlint: '))).toBe(true);
      expect(lines.some((l) => l.includes('%0A') && !l.includes('%250A') && l.startsWith('::'))).toBe(false);
    }
    const printed = commandAnnotations(commands.stdout);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.file).toBe(HOSTILE);
    expect(commands.stdout).toMatch(/^::stop-commands::[0-9a-f-]{36}$/m);
  });

  it('renders harmless in the summary: no HTML, no broken table, no mention', () => {
    for (const run of [commands, checks]) {
      expect(run.summary).not.toMatch(/<script|<b>/);
      expect(run.summary).not.toMatch(/@org\/team/);
      const rows = run.summary.split('\n').filter((l) => l.startsWith('| error |'));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(9);
      expect(rows[0]).toContain('@\u200dorg/team');
    }
  });

  it('renders harmless in check-run annotations and review comments', () => {
    const [annotation] = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotation.path).toBe(HOSTILE);
    expect(JSON.stringify([annotation.title, annotation.message, annotation.raw_details])).not.toMatch(/@org/);
    const review = s.server.requests.find((r) => r.path.endsWith('/pulls/7/reviews'))!;
    const body: string = review.body.comments[0].body;
    // The suggestion must be the line itself to apply in one click; GitHub renders no HTML and no mention in code.
    const prose = body.replace(/```suggestion\n[^\n]*\n```/, '');
    expect(prose).not.toMatch(/<script|<b>|@org\/team/);
    expect(review.body.comments[0]).toMatchObject({ path: HOSTILE, line: 8, side: 'RIGHT' });
    expect(body).toContain('```suggestion\nAcme was founded in 1999. ::error::again | <b>@org/team</b> %0A\n```');
  });
});
