/**
 * Paths given on the command line -> files: a file as it is, a directory as
 * every file under it with one of `extensions` (Markdown articles unless
 * told otherwise), anything else as a glob. A path that names nothing is an
 * error, never a silent pass; so is one that reaches out of the repository
 * root, which is never searched. Links out of the root are skipped with a
 * notice, and each file is given once, under its real path.
 */
import { admitFiles, leavesRoot } from './config/boundary.js';
import { fromCwd } from './config/project-paths.js';
import type { Host } from './host.js';
import type { AuthorError } from './types.js';

const GLOB_CHARS = /[*?[\]{}!]/;

export interface PathsOptions {
  host: Host;
  /** The command's directory, absolute. */
  cwd: string;
  /** The repository root, relative to `cwd`. */
  root: string;
  extensions?: readonly string[];
}

export function resolvePaths(paths: string[], options: PathsOptions, problems: AuthorError[]): string[] {
  const { host, cwd, root, extensions = ['md', 'markdown'] } = options;
  const files = new Set<string>();
  for (const raw of paths) {
    const path = fromCwd(cwd, raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.');
    const glob = GLOB_CHARS.test(path);
    if (leavesRoot(cwd, root, '.', path)) {
      problems.push({ file: raw, line: 1, column: 1, level: 'error', message: `this ${glob ? 'glob' : 'path'} leads outside the repository root "${root}"; factlint reads only files inside it` });
      continue;
    }
    let found: string[];
    const prefix = path === '.' ? '' : `${path}/`;
    if (host.isDirectory(path)) found = host.glob(extensions.map((ext) => `${prefix}**/*.${ext}`), cwd, ['**/node_modules/**', '**/.*/**']);
    else if (glob) found = host.glob([path], cwd, ['**/node_modules/**']);
    else found = exists(host, path) ? [path] : [];
    if (found.length === 0) problems.push({ file: raw, line: 1, column: 1, level: 'error', message: glob ? 'this glob matches no file' : 'no such file or directory' });
    const admitted = admitFiles(host, cwd, root, found);
    problems.push(...admitted.problems);
    for (const f of admitted.files) files.add(f);
  }
  return [...files].sort();
}

/** Asks where a path leads rather than reading it, when the host can tell: a link out of the root is not even opened. */
function exists(host: Host, path: string): boolean {
  return host.realPath ? host.realPath(path) !== undefined : host.readFile(path) !== undefined;
}
