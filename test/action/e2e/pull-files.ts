import type { TestRepo } from '../helpers/git-repo.js';

/**
 * The pull request's files as GET /pulls/{n}/files gives them, made from the
 * test repository's own diff: hunks only, no headers, renames with their
 * previous name.
 */
export function pullFilesOf(repo: TestRepo, base: string, head: string): unknown[] {
  const listed = repo.git('diff', '-M', '--name-status', '-z', base, head).split('\0').filter(Boolean);
  const files: unknown[] = [];
  for (let i = 0; i < listed.length; ) {
    const status = listed[i++]!;
    const previous = status.startsWith('R') ? listed[i++] : undefined;
    const filename = listed[i++]!;
    const paths = previous ? [previous, filename] : [filename];
    const diff = repo.git('diff', '-M', base, head, '--', ...paths);
    const at = diff.indexOf('\n@@');
    const patch = at === -1 ? undefined : diff.slice(at + 1).replace(/\n$/, '');
    const word = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' }[status[0] as 'A'] ?? 'modified';
    const changes = patch ? patch.split('\n').filter((l) => /^[+-]/.test(l)).length : 0;
    files.push({ filename, status: word, ...(previous ? { previous_filename: previous } : {}), ...(patch ? { patch } : {}), changes });
  }
  return files;
}
