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
  /** True when only some listed files can be read: the API route fetches no Markdown. */
  readonly partial?: boolean;
}

const ARTICLE = /\.(md|markdown|mdx)$/i;

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
  let articlesRead = false;
  return {
    sha,
    list,
    read(path) {
      known ??= new Set(list());
      if (!known.has(path)) return undefined;
      // The first article asked for is rarely the last: every article of the commit comes in one git process.
      if (!articlesRead && ARTICLE.test(path)) {
        articlesRead = true;
        const paths = list().filter((file) => ARTICLE.test(file) && !cache.has(file));
        for (const [spec, blob] of git.blobs(paths.map((file) => `${sha}:${file}`))) cache.set(spec.slice(sha.length + 1), blob);
      }
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
