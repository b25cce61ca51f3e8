import { posix } from 'node:path';

/**
 * Paths as factlint shows them: relative to the directory the command runs
 * in, with forward slashes on every system, so that a finding's `file` is
 * the same on a laptop and in CI.
 */

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** `a/./b/../c` -> `a/c`; `.` for the directory itself. */
export function normalizePath(path: string): string {
  const normal = posix.normalize(toSlashes(path));
  return normal === '' ? '.' : normal.replace(/\/$/, '') || '/';
}

/** The directory a file's relative paths start from. */
export function directoryOf(file: string): string {
  return posix.dirname(normalizePath(file));
}

/** A path found under `base`, written from the command's directory. */
export function under(base: string, path: string): string {
  return normalizePath(posix.join(toSlashes(base), toSlashes(path)));
}

/** An absolute path inside `cwd` becomes relative to it; anything else is only normalized. */
export function fromCwd(cwd: string, path: string): string {
  const target = normalizePath(path);
  if (!posix.isAbsolute(target) && !/^[A-Za-z]:\//.test(target)) return target;
  const relative = posix.relative(normalizePath(cwd), target);
  return relative && !relative.startsWith('..') && !posix.isAbsolute(relative) ? relative : target;
}
