import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveChanges } from '../../src/action/changes.js';
import type { ActionContext } from '../../src/action/context.js';
import { Git } from '../../src/action/git.js';
import { fakeApi, httpError } from './helpers/fake-api.js';
import { type TestRepo, createRepo } from './helpers/git-repo.js';
import { memoryLogger } from './helpers/memory-logger.js';

describe('resolveChanges', () => {
  let repo: TestRepo;
  let base: string;
  let orphan: string;
  const context = (baseSha: string): ActionContext => ({
    eventName: 'pull_request',
    repo: { owner: 'acme-press', repo: 'articles' },
    workspace: repo.dir,
    serverUrl: 'https://github.test',
    apiUrl: 'http://127.0.0.1:1',
    sha: 'HEAD',
    headSha: 'HEAD',
    pull: { number: 7, baseSha, headSha: 'HEAD' },
    tempDir: repo.dir,
    apiDelayMs: 0,
  });

  beforeAll(() => {
    repo = createRepo();
    base = repo.commit({ 'articles/a.md': 'one\n' }, 'base');
    repo.git('checkout', '-q', '--orphan', 'elsewhere');
    orphan = repo.commit({ 'other.md': 'x\n' }, 'unrelated history');
    repo.git('checkout', '-q', '-f', 'main');
    repo.git('clean', '-qfd');
    repo.commit({ 'articles/a.md': 'one\ntwo\n' }, 'head');
  });
  afterAll(() => repo.remove());

  it('takes the files from the API', async () => {
    const api = fakeApi(() => [{ filename: 'articles/a.md', status: 'modified', patch: '@@ -1 +1,2 @@\n one\n+two', changes: 1 }]);
    const { changes, notes } = await resolveChanges(context(base), api, new Git(repo.dir), memoryLogger());
    expect(changes.kind === 'files' && changes.source).toBe('api');
    expect(notes).toEqual([]);
  });

  it('falls back to git diff from the merge base when the API fails', async () => {
    const api = fakeApi(() => {
      throw httpError(502);
    });
    const { changes, notes } = await resolveChanges(context(base), api, new Git(repo.dir), memoryLogger());
    if (changes.kind !== 'files') throw new Error('expected files');
    expect(changes.source).toBe('git');
    expect([...changes.files.get('articles/a.md')!.lines!.added]).toEqual([2]);
    expect(notes).toEqual(["The pull request's files could not be listed through the API (HTTP 502); the local history was used."]);
  });

  it('checks every article when neither can tell, rather than failing', async () => {
    const logger = memoryLogger();
    const { changes, notes } = await resolveChanges(context(orphan), undefined, new Git(repo.dir), logger);
    expect(changes.kind).toBe('all');
    expect(notes[0]).toContain('every article was checked');
    expect(logger.entries.some((e) => e.kind === 'warning' && e.message.startsWith('git diff failed'))).toBe(true);
  });
});
