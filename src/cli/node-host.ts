import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Host } from '../host.js';

/** Error codes that mean "nothing to read here" rather than "could not read it". */
const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

/**
 * The real file system, for the command line. Globs follow the Host
 * contract: results relative to `base`, with forward slashes, sorted by code
 * point so that output and tests are the same on every machine and locale;
 * dot-files and dot-folders only when a glob names them. Globs follow
 * symbolic links (a loop once); `realPath` says where each one leads, so
 * that the core can keep to the repository.
 */
export function createNodeHost(cwd: string): Host {
  let realCwd: string | undefined;
  return {
    readFile(path) {
      try {
        return readFileSync(resolve(cwd, path));
      } catch (error) {
        if (ABSENT.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
        throw error;
      }
    },
    glob(patterns, base, ignore = []) {
      if (patterns.length === 0) return [];
      const files = globSync([...patterns], {
        cwd: resolve(cwd, base),
        ignore: [...ignore],
        dot: false,
        onlyFiles: true,
        expandDirectories: false,
      });
      return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
    realPath(path) {
      let real: string;
      try {
        // The C library's realpath: every facts file and article is resolved, and
        // Node's own walk of each path's folders cost twice as much.
        real = realpathSync.native(resolve(cwd, path));
      } catch (error) {
        if (ABSENT.has((error as NodeJS.ErrnoException).code ?? '') || (error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
        throw error;
      }
      realCwd ??= realpathSync.native(cwd);
      const rel = relative(realCwd, real);
      return (isAbsolute(rel) ? real : rel || '.').split(sep).join('/');
    },
    isDirectory(path) {
      return statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
    },
  };
}
