import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
/** What lies outside the workspace: it must reach no request, no log line and no summary. */
const SECRET = 'TOPSECRET-c41d';
const NOTICE = 'a symbolic link to a file outside the repository root: not read';

let outside: string;

beforeAll(() => {
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'factlint-outside-')));
  writeFileSync(join(outside, 'secret.md'), `${FRONT}Acme was founded in 1850. ${SECRET}\n`);
  writeFileSync(join(outside, 'secret.yml'), `entity: [${SECRET}\n`);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** Nothing of the outside files in any request the Action made, nor in anything it printed or wrote. */
function expectNoLeak(s: PullScenario, runs: ActionRun[]): void {
  const requests = JSON.stringify(s.server.requests.map((r) => [r.method, r.path, r.query.toString(), r.body]));
  for (const text of [requests, ...runs.flatMap((run) => [run.stdout, run.stderr, run.summary])]) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('1850');
  }
}

describe('a pull request that adds an article linking to a file outside the workspace', () => {
  let s: PullScenario;
  let run: ActionRun;
  let outsideConfig: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` },
      { 'articles/acme.md': `${FRONT}Acme builds rockets.\n\nAcme was founded in 2001.\n`, 'articles/leak.md': { link: join(outside, 'secret.md') } },
    );
    // Scope `all`: were the link read, its contradiction would be reported wherever it stands.
    run = await s.run({ scope: 'all' });
    outsideConfig = await s.run({ config: join(outside, 'secret.yml') });
  });
  afterAll(() => s?.dispose());

  it('never reads it through: nothing of the outside file reaches a request or the output', () => {
    expectNoLeak(s, [run, outsideConfig]);
  });

  it('says at the link that it was skipped, and still judges the real article', () => {
    expect(commandAnnotations(run.stdout).filter((a) => a.level === 'notice')).toEqual([{ level: 'notice', file: 'articles/leak.md', line: 1, message: NOTICE }]);
    expect(run.summary).toContain(`articles/leak.md:1:1 notice: ${NOTICE}`);
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations.map((a: { path: string; start_line: number }) => [a.path, a.start_line])).toEqual([['articles/acme.md', 8]]);
    expect(run.code).toBe(1);
  });

  it('refuses a config input outside the workspace as a bad input, before anything is read', () => {
    expect(outsideConfig.stdout).toContain(`::error::Input "config" is "${join(outside, 'secret.yml')}"; it must name a file inside the workspace.`);
    expect(outsideConfig.code).toBe(1);
  });
});

describe('a base commit whose facts folder holds a link out of the repository', () => {
  let s: PullScenario;
  let run: ActionRun;

  beforeAll(async () => {
    await ensureBundle();
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'facts/leak.yml': { link: join(outside, 'secret.yml') }, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` },
      { 'articles/acme.md': `${FRONT}Acme builds rockets.\n\nAcme was founded in 2001.\n` },
    );
    run = await s.run();
  });
  afterAll(() => s?.dispose());

  it('reads neither the link as a facts file nor its target, says so at the link, and checks with the other facts', () => {
    expectNoLeak(s, [run]);
    expect(run.stdout).not.toContain('expected a mapping');
    expect(commandAnnotations(run.stdout).filter((a) => a.level === 'notice')).toEqual([{ level: 'notice', file: 'facts/leak.yml', line: 1, message: NOTICE }]);
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations.map((a: { path: string; start_line: number }) => [a.path, a.start_line])).toEqual([['articles/acme.md', 8]]);
    expect(run.code).toBe(1);
  });
});
