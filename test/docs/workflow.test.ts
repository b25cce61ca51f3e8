import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STARTER_FILES } from '../../src/cli/init-files.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe("the project's own workflow", () => {
  const ci = parse(read('.github/workflows/ci.yml'));
  const steps = (job: string): { uses?: string; run?: string; with?: Record<string, unknown> }[] => ci.jobs[job].steps;

  it('runs the type check and the tests, and fails when dist/ is stale', () => {
    const runs = steps('test').map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run typecheck');
    expect(runs).toContain('npm test');
    expect(runs).toMatch(/npm run bundle[\s\S]*git status --porcelain -- dist[\s\S]*exit 1/);
  });

  it('runs the Action on itself, from the checkout, against the examples of a pull request', () => {
    const own = steps('self-check').find((s) => s.uses === './');
    expect(own?.with).toMatchObject({ config: 'examples', scope: 'all' });
    expect(ci.jobs['self-check'].if).toBe("github.event_name == 'pull_request'");
    expect(ci.jobs['self-check'].permissions).toEqual({ contents: 'read', checks: 'write' });
  });

  it('checks out with actions/checkout@v5 in every workflow, starter and document', () => {
    const texts = [
      ...readdirSync(fileURLToPath(new URL('.github/workflows/', root))).map((f) => read(`.github/workflows/${f}`)),
      ...STARTER_FILES.map((f) => f.text),
      read('README.md'),
      ...readdirSync(fileURLToPath(new URL('docs/', root))).map((f) => read(`docs/${f}`)),
    ];
    const checkouts = texts.flatMap((t) => t.match(/actions\/checkout@v\d+/g) ?? []);
    expect(checkouts.length).toBeGreaterThan(2);
    expect(new Set(checkouts)).toEqual(new Set(['actions/checkout@v5']));
  });
});
