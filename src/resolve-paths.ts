/**
 * Paths given on the command line -> files: a file as it is, a directory as
 * every file under it with one of `extensions` (Markdown articles unless
 * told otherwise), anything else as a glob. A path that names nothing is an
 * error, never a silent pass.
 */
import type { Host } from './host.js';
import type { AuthorError } from './types.js';

const GLOB_CHARS = /[*?[\]{}!]/;

export function resolvePaths(paths: string[], host: Host, cwd: string, problems: AuthorError[], extensions: readonly string[] = ['md', 'markdown']): string[] {
  const files = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
    let found: string[];
    const prefix = path === '.' ? '' : `${path}/`;
    if (host.isDirectory(path)) found = host.glob(extensions.map((ext) => `${prefix}**/*.${ext}`), cwd, ['**/node_modules/**', '**/.*/**']);
    else if (GLOB_CHARS.test(path)) found = host.glob([path], cwd, ['**/node_modules/**']);
    else found = host.readFile(path) !== undefined ? [path] : [];
    if (found.length === 0) problems.push({ file: raw, line: 1, column: 1, level: 'error', message: GLOB_CHARS.test(path) ? 'this glob matches no file' : 'no such file or directory' });
    for (const f of found) files.add(f);
  }
  return [...files].sort();
}
