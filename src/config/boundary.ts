/**
 * The repository is the boundary: articles, facts, rules and config are read
 * only from inside its root (the folder of `.factlint.yml`, else the
 * command's directory). A glob or path written to reach outside is the
 * author's mistake, reported at its place before anything is read; a
 * symbolic link that leads outside is skipped with a notice, so that nothing
 * outside the root is ever read, judged or quoted.
 */
import { posix } from 'node:path';
import type { Host } from '../host.js';
import type { AuthorError } from '../types.js';
import { normalizePath, toSlashes } from './project-paths.js';

/** Characters that make a path segment a pattern (globs, braces, extglobs). */
const PATTERN = /[*?[\]{}()!+@]/;
/** A `..` inside braces or an extglob (`{..,a}`, `@(..)`): it may climb, so it counts as climbing. */
const HIDDEN_PARENT = /(?:^|[{,(|])\.\.(?:$|[},)|])/;

export const OUTSIDE_LINK = 'a symbolic link to a file outside the repository root: not read';
export const DEAD_LINK = 'a symbolic link that leads to no file (or round in a loop): not read';

/**
 * True when a path or glob, written relative to `from` (a directory given
 * relative to `cwd`), can name a file outside `root`. Lexical, before any
 * reading: the plain folders before the first pattern are resolved, then
 * each pattern segment is walked; `**` may match no folder at all, so it
 * never counts as a level that a later `..` could climb back out of.
 */
export function leavesRoot(cwd: string, root: string, from: string, pattern: string): boolean {
  const absCwd = posix.resolve('/', toSlashes(cwd));
  const absRoot = posix.resolve(absCwd, toSlashes(root));
  const segments = toSlashes(pattern.replace(/^!/, '')).split('/');
  const first = segments.findIndex((segment) => PATTERN.test(segment));
  const plain = first < 0 ? segments : segments.slice(0, first);
  const start = posix.relative(absRoot, posix.resolve(absCwd, toSlashes(from), plain.join('/') || '.'));
  if (start === '..' || start.startsWith('../') || posix.isAbsolute(start)) return true;
  let depth = start === '' ? 0 : start.split('/').length;
  for (const segment of first < 0 ? [] : segments.slice(first)) {
    if (segment === '..') depth--;
    else if (HIDDEN_PARENT.test(segment)) return true;
    else if (segment !== '' && segment !== '.' && segment !== '**') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** True when `path` (relative to `cwd`, or absolute) is `root` or inside it. */
function inside(cwd: string, root: string, path: string): boolean {
  const rel = posix.relative(posix.resolve(toSlashes(cwd), toSlashes(root)), posix.resolve(toSlashes(cwd), toSlashes(path)));
  return rel === '' || (!rel.startsWith('../') && rel !== '..' && !posix.isAbsolute(rel));
}

/**
 * Found files (relative to `cwd`) -> the ones to read, each under its real
 * path once: a link into the root is read where it leads (so a loop or two
 * links to one file give it once), a link out of the root, or to nothing,
 * is skipped with a notice at its own path, never read.
 */
export function admitFiles(host: Host, cwd: string, root: string, files: readonly string[]): { files: string[]; problems: AuthorError[] } {
  const realRoot = host.realPath?.(root) ?? normalizePath(root);
  const admitted = new Set<string>();
  const problems: AuthorError[] = [];
  for (const file of files) {
    const real = host.realPath ? host.realPath(file) : normalizePath(file);
    const notice = (message: string) => problems.push({ file: normalizePath(file), line: 1, column: 1, level: 'notice', message });
    if (real === undefined) notice(DEAD_LINK);
    else if (!inside(cwd, realRoot, real)) notice(OUTSIDE_LINK);
    else admitted.add(real);
  }
  return { files: [...admitted], problems };
}

/** One file: its real path when it may be read, else the notice that says why not. */
export function admitFile(host: Host, cwd: string, root: string, file: string): { file?: string; problem?: AuthorError } {
  const { files, problems } = admitFiles(host, cwd, root, [file]);
  return { file: files[0], problem: problems[0] };
}
