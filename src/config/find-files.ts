import type { Host } from '../host.js';
import type { AuthorError } from '../types.js';
import type { WrittenGlob } from './parse-config.js';
import { admitFiles, leavesRoot } from './boundary.js';
import { under } from './project-paths.js';

/** Never worth reading, whatever the globs say. */
export const ALWAYS_IGNORED = ['**/node_modules/**'];

export interface FileSearch {
  /** The config key, for messages: `articles`, `facts` or `rules`. */
  key: string;
  /** The command's directory, absolute. */
  cwd: string;
  /** Directory the globs are relative to, itself relative to the command's directory: the repository root, out of which nothing is read. */
  base: string;
  globs: string[];
  /** The same globs with their places when the author wrote them; a glob that then matches nothing is an error. */
  written?: WrittenGlob[];
  ignore?: string[];
}

/**
 * Globs -> files, relative to the command's directory, sorted. `!glob`
 * excludes. A glob the author wrote that matches nothing is most often a
 * typo that would silently check nothing, so it is an error at the glob; a
 * default that matches nothing (no `rules/` folder) is not. A glob that
 * reaches out of the root is an error at the glob and is not searched; a
 * link found out of it is skipped with a notice (see boundary.ts).
 */
export function findFiles(host: Host, search: FileSearch): { files: string[]; problems: AuthorError[] } {
  const ignore = [...ALWAYS_IGNORED, ...(search.ignore ?? []), ...search.globs.filter(isNegated).map((g) => g.slice(1))];
  const positive = search.globs.filter((g) => !isNegated(g));
  const problems: AuthorError[] = [];
  const found = new Set<string>();
  if (search.written) {
    for (const { glob, declaredAt } of search.written) {
      if (isNegated(glob)) continue;
      if (leavesRoot(search.cwd, search.base, search.base, glob)) {
        problems.push({ ...declaredAt, message: `${search.key}: "${glob}" leads outside the repository root; factlint reads only files inside it`, level: 'error' });
        continue;
      }
      const files = host.glob([glob], search.base, ignore);
      if (files.length === 0) problems.push({ ...declaredAt, message: `${search.key}: no file matches "${glob}"`, level: 'error' });
      for (const file of files) found.add(file);
    }
  } else if (positive.length > 0) {
    for (const file of host.glob(positive, search.base, ignore)) found.add(file);
  }
  const admitted = admitFiles(host, search.cwd, search.base, [...found].map((file) => under(search.base, file)));
  problems.push(...admitted.problems);
  return { files: admitted.files.sort(byCodePoint), problems };
}

function isNegated(glob: string): boolean {
  return glob.startsWith('!');
}

/** Sorted the same on every machine, whatever its locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
