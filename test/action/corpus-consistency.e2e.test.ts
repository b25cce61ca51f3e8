import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG, type PullScenario, checkRunRequests, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

/** Orbital Freight's facts give no headcount: only the articles can say one. */
const ORBITAL = 'entity: orbital\nname: Orbital Freight\naliases: [Orbital]\nfacts:\n  headquarters: Nantes\n';
const article = (sentence: string) => `---\nlang: en\ndate: 2024-03-01\n---\n\n# Orbital Freight\n\n${sentence}\n`;
const said = (n: string) => article(`In 2023, Orbital Freight employed ${n} people.`);

describe('a pull request whose article contradicts what the base branch articles agree on', () => {
  let s: PullScenario;
  let run: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/orbital.yml': ORBITAL, 'articles/a.md': said('2,200'), 'articles/b.md': said('2,200') },
      // The pull request also rewrites b.md to agree with its new article: the base's b.md still witnesses.
      { 'articles/b.md': said('2,800'), 'articles/new.md': said('2,800') },
    );
    run = await s.run();
  });
  afterAll(() => s?.dispose());

  it('warns on the new article, with the base branch articles as witnesses', () => {
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    const onNew = annotations.filter((a: any) => a.path === 'articles/new.md');
    expect(onNew).toHaveLength(1);
    expect(onNew[0]).toMatchObject({ start_line: 8, annotation_level: 'warning' });
    expect(onNew[0].message).toContain('employees: 2,800 here, but 2 other articles say 2,200 (articles/a.md:8, articles/b.md:8)');
  });

  it('never takes an article as its own witness: the edited b.md has only a.md against it', () => {
    expect(commandAnnotations(run.stdout).filter((a) => a.file === 'articles/b.md')).toEqual([]);
  });

  it('does not fail the step for a warning', () => {
    expect(run.code).toBe(0);
  });
});
