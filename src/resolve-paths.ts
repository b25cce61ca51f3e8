/**
 * Paths given on the command line -> files: a file as it is, a directory as
 * every file under it with one of `extensions` (Markdown articles unless
 * told otherwise), anything else as a glob. A directory named on the command
 * line is read even when its own name starts with a dot (`check .drafts`);
 * below it, dot-folders are skipped as everywhere. Files `isIgnored` names
 * are left out of directories and globs, never out of a file named itself.
 * A path that names nothing is an error, never a silent pass.
 */
import type { Host } from './host.js';
import type { AuthorError } from './types.js';

const GLOB_CHARS = /[*?[\]{}!]/;

export function resolvePaths(
  paths: string[],
  host: Host,
  cwd: string,
  problems: AuthorError[],
  extensions: readonly string[] = ['md', 'markdown'],
  isIgnored: (path: string) => boolean = () => false,
): string[] {
  const files = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
    let found: string[];
    let message = 'no such file or directory';
    const prefix = path === '.' ? '' : `${path}/`;
    if (host.isDirectory(path)) {
      const all = host.glob(extensions.map((ext) => `**/*.${ext}`), path, ['**/node_modules/**', '**/.*/**']).map((f) => prefix + f);
      found = all.filter((f) => !isIgnored(f));
      message = all.length > found.length ? 'every article in this folder is ignored (ignore: in .factlint.yml or .gitignore)' : `no ${extensions.map((e) => `.${e}`).join(' or ')} file in this folder`;
    } else if (GLOB_CHARS.test(path)) {
      found = host.glob([path], cwd, ['**/node_modules/**']).filter((f) => !isIgnored(f));
      message = 'this glob matches no file';
    } else found = host.readFile(path) !== undefined ? [path] : [];
    if (found.length === 0) problems.push({ file: raw, line: 1, column: 1, level: 'error', message });
    for (const f of found) files.add(f);
  }
  return [...files].sort();
}
