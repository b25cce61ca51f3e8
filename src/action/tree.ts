import type { Git } from './git.js';

/**
 * The files of one commit, by path from the repository's top: where facts,
 * rules and config are read from when they must not come from the head.
 */
export interface Tree {
  /** The commit, for messages. */
  readonly sha: string;
  list(): readonly string[];
  read(path: string): Buffer | undefined;
}

/** A commit of the local history, read with `git ls-tree` and `git cat-file`. */
export function gitTree(git: Git, sha: string): Tree {
  let files: string[] | undefined;
  let known: Set<string> | undefined;
  const cache = new Map<string, Buffer>();
  const list = (): string[] => {
    files ??= git
      .text(['ls-tree', '-r', '-z', '--full-tree', '--name-only', sha])
      .split('\0')
      .filter((path) => path !== '');
    return files;
  };
  return {
    sha,
    list,
    read(path) {
      known ??= new Set(list());
      if (!known.has(path)) return undefined;
      let text = cache.get(path);
      if (!text) {
        text = git.buffer(['cat-file', 'blob', `${sha}:${path}`]);
        cache.set(path, text);
      }
      return text;
    },
  };
}

/** A tree whose files were fetched beforehand (the API route), for a synchronous Host. */
export function memoryTree(sha: string, paths: readonly string[], contents: ReadonlyMap<string, Buffer>): Tree {
  const sorted = [...paths].sort();
  return { sha, list: () => sorted, read: (path) => contents.get(path) };
}
