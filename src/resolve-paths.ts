/**
 * Paths given on the command line -> files: a file as it is, a directory as
 * every file under it with one of `extensions` (Markdown articles unless
 * told otherwise), anything else as a glob. A directory named on the command
 * line is read even when its own name starts with a dot (`check .drafts`);
 * below it, dot-folders are skipped as everywhere. Files `isIgnored` names
 * are left out of directories and globs, never out of a file named itself.
 * A path that names nothing is an error, never a silent pass; so is one that
 * reaches out of the repository root, which is never searched. Links out of
 * the root are skipped with a notice, and each file is given once, under its
 * real path.
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
  /** Files that `ignore:` in .factlint.yml or .gitignore leave out. */
  isIgnored?: (path: string) => boolean;
}

export function resolvePaths(paths: string[], options: PathsOptions, problems: AuthorError[]): string[] {
  const { host, cwd, root, extensions = ['md', 'markdown'], isIgnored = () => false } = options;
  const files = new Set<string>();
  for (const raw of paths) {
    const path = fromCwd(cwd, raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.');
    const glob = GLOB_CHARS.test(path);
    if (leavesRoot(cwd, root, '.', path)) {
      problems.push({ file: raw, line: 1, column: 1, level: 'error', message: `this ${glob ? 'glob' : 'path'} leads outside the repository root "${root}"; factlint reads only files inside it` });
      continue;
    }
    let found: string[];
    let message = 'no such file or directory';
    const prefix = path === '.' ? '' : `${path}/`;
    if (host.isDirectory(path)) {
      const all = host.glob(extensions.map((ext) => `**/*.${ext}`), path, ['**/node_modules/**', '**/.*/**']).map((f) => prefix + f);
      found = all.filter((f) => !isIgnored(f));
      message = all.length > found.length ? 'every article in this folder is ignored (ignore: in .factlint.yml or .gitignore)' : `no ${extensions.map((e) => `.${e}`).join(' or ')} file in this folder`;
    } else if (glob) {
      found = host.glob([path], cwd, ['**/node_modules/**']).filter((f) => !isIgnored(f));
      message = 'this glob matches no file';
    } else found = exists(host, path) ? [path] : [];
    if (found.length === 0) problems.push({ file: raw, line: 1, column: 1, level: 'error', message });
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
