import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'factlint-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('readContext', () => {
  it('takes a pull request\'s base and head, and links to the head', () => {
    const context = readContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 3, base: { sha: 'b1' }, head: { sha: 'h1' }, changed_files: 4 } }),
      GITHUB_REPOSITORY: 'acme-press/articles',
      GITHUB_SHA: 'merge1',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
    });
    expect(context.pull).toEqual({ number: 3, baseSha: 'b1', headSha: 'h1', changedFiles: 4 });
    expect(context).toMatchObject({ sha: 'merge1', headSha: 'h1', apiUrl: 'http://127.0.0.1:9', apiDelayMs: 1000 });
  });

  it('reads a push range, and a new branch as no range', () => {
    const push = readContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ before: 'a1', after: 'a2' }) });
    expect(push.push).toEqual({ before: 'a1', after: 'a2' });
    const created = readContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ before: '0'.repeat(40), after: 'a2' }) });
    expect(created.push).toEqual({ before: '', after: 'a2' });
  });

  it('knows no change for a scheduled run, and takes a shorter delay for tests', () => {
    const context = readContext({ GITHUB_EVENT_NAME: 'schedule', FACTLINT_API_DELAY_MS: '5' });
    expect(context.pull).toBeUndefined();
    expect(context.push).toBeUndefined();
    expect(context.apiDelayMs).toBe(5);
  });
});
