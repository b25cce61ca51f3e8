import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Host } from '../host.js';
import type { Tree } from './tree.js';

/** Markdown is what contributors change; everything else (config, facts, rules) is trusted only from the base. */
export const fromHead = (path: string): boolean => /\.(md|markdown|mdx)$/i.test(path);

export interface PullHostOptions {
  /** Directory the core runs in (the workspace). */
  cwd: string;
  /** Top of the repository, which tree paths are relative to. */
  top: string;
  /** The working tree (the pull's head). */
  head: Host;
  /** The base commit. */
  base: Tree;
  /** Which repository paths are read from the head; default: Markdown files. */
  headPaths?: (path: string) => boolean;
}

/**
 * A Host that serves articles from the pull request's head and every other
 * file from its base commit, so that a pull request cannot change the facts,
 * rules or config it is judged by: a facts file it edits is read as it was,
 * and one it adds does not exist. Where a path really leads is asked of
 * the side that serves it: the working tree's links on disk, or the base
 * commit's links (git mode 120000), so that neither is read through; a
 * path out of the repository reads as nothing at all.
 */
export function pullHost(options: PullHostOptions): Host {
  const { cwd, top, head, base } = options;
  const isHead = options.headPaths ?? fromHead;
  const repoPath = (path: string): string | undefined => {
    const rel = relative(top, resolve(cwd, path));
    return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
  };
  const headOwns = (path: string): boolean => {
    const rel = repoPath(path);
    return rel === undefined || isHead(rel);
  };
  return {
    readFile(path) {
      const rel = repoPath(path);
      if (rel === undefined) return undefined;
      return isHead(rel) ? head.readFile(path) : base.read(rel);
    },
    realPath(path) {
      if (headOwns(path)) return head.realPath?.(path);
      const real = base.realPath(repoPath(path)!);
      return real === undefined ? undefined : relative(cwd, resolve(top, real)).split(sep).join('/') || '.';
    },
    isDirectory(path) {
      if (head.isDirectory(path)) return true;
      const rel = repoPath(path);
      if (rel === undefined) return false;
      const prefix = rel === '' ? '' : `${rel}/`;
      return base.list().some((file) => file.startsWith(prefix));
    },
    glob(patterns, dir, ignore) {
      const inHead = head.glob(patterns, dir, ignore).filter((file) => headOwns(resolve(cwd, dir, file)));
      const root = repoPath(dir);
      if (root === undefined) return inHead;
      const prefix = root === '' ? '' : `${root}/`;
      const match = picomatch([...patterns]);
      const skip = ignore && ignore.length > 0 ? picomatch([...ignore]) : () => false;
      const inBase = base
        .list()
        .filter((file) => file.startsWith(prefix) && !isHead(file))
        .map((file) => file.slice(prefix.length))
        .filter((file) => match(file) && !skip(file));
      return [...new Set([...inHead, ...inBase])].sort();
    },
  };
}
