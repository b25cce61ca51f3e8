import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_FACTS, CONFIG, type PullScenario, checkRunRequests, commandAnnotations, pullScenario } from './e2e/scenario.js';
import { type ActionRun, ensureBundle } from './e2e/run-action.js';

const FRONT = '---\nlang: en\ndate: 2026-01-08\n---\n\n';
/** What lies outside the workspace: it must reach no request, no log line and no summary. */
const SECRET = 'TOPSECRET-c41d';

describe('a pull request that adds links to files outside the workspace', () => {
  let s: PullScenario;
  let run: ActionRun;
  let outsideConfig: ActionRun;
  let outside: string;

  beforeAll(async () => {
    await ensureBundle();
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'factlint-outside-')));
    writeFileSync(join(outside, 'secret.md'), `${FRONT}Acme was founded in 1850. ${SECRET}\n`);
    writeFileSync(join(outside, 'secret.yml'), `entity: [${SECRET}\n`);
    s = await pullScenario(
      { '.factlint.yml': CONFIG, 'facts/acme.yml': ACME_FACTS, 'facts/leak.yml': { link: join(outside, 'secret.yml') }, 'articles/acme.md': `${FRONT}Acme builds rockets.\n` },
      {
        'articles/acme.md': `${FRONT}Acme builds rockets.\n\nAcme was founded in 2001.\n`,
        'articles/leak.md': { link: join(outside, 'secret.md') },
      },
    );
    run = await s.run();
    outsideConfig = await s.run({ config: join(outside, 'secret.yml') });
  }, 120_000);
  afterAll(async () => {
    await s?.dispose();
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads neither link through: nothing of the outside file reaches a request or the output', () => {
    const requests = JSON.stringify(s.server.requests.map((r) => [r.method, r.path, r.query.toString(), r.body]));
    for (const text of [requests, run.stdout, run.stderr, run.summary, outsideConfig.stdout, outsideConfig.stderr, outsideConfig.summary]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('1850');
    }
  });

  it('says at each link that it was skipped, and still judges the real article', () => {
    const notice = 'a symbolic link to a file outside the repository root: not read';
    expect(commandAnnotations(run.stdout).filter((a) => a.level === 'notice')).toEqual([
      { level: 'notice', file: 'articles/leak.md', line: 1, message: notice },
      { level: 'notice', file: 'facts/leak.yml', line: 1, message: notice },
    ]);
    expect(run.summary).toContain(`articles/leak.md:1:1 notice: ${notice}`);
    const annotations = checkRunRequests(s.server).flatMap((r) => r.body.output.annotations);
    expect(annotations.map((a: { path: string; start_line: number }) => [a.path, a.start_line])).toEqual([['articles/acme.md', 8]]);
    expect(run.code).toBe(1);
  });

  it('refuses a config input outside the workspace as a bad input, before anything is read', () => {
    expect(outsideConfig.stdout).toContain(`::error::Input "config" is "${join(outside, 'secret.yml')}"; it must name a file inside the workspace.`);
    expect(outsideConfig.code).toBe(1);
  });
});
