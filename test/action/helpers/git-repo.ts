import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git repository whose commits the tests write file by file. */
export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes the files (null removes one, `{ link }` makes a symbolic link), commits them and returns the commit's sha. */
  commit(files: Record<string, RepoFile>, message: string): string;
  remove(): void;
}

/** A file's text, null for "remove it", or a symbolic link to `link` (git mode 120000). */
export type RepoFile = string | null | { link: string };

export function createRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'factlint-action-'));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: dir,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    commit(files, message) {
      for (const [path, text] of Object.entries(files)) {
        const full = join(dir, path);
        if (text === null) {
          rmSync(full, { force: true });
          continue;
        }
        mkdirSync(dirname(full), { recursive: true });
        rmSync(full, { force: true });
        if (typeof text === 'string') writeFileSync(full, text);
        else symlinkSync(text.link, full);
      }
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
