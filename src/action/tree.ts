import { posix } from 'node:path';
import type { Git } from './git.js';

/**
 * The files of one commit, by path from the repository's top: where facts,
 * rules and config are read from when they must not come from the head.
 * Symbolic links (git mode 120000) are kept apart from files: reading one
 * gives nothing, and `realPath` says where it leads, so that a link out of
 * the repository is never followed.
 */
export interface Tree {
  /** The commit, for messages. */
  readonly sha: string;
  list(): readonly string[];
  read(path: string): Buffer | undefined;
  /** Where a path leads through the tree's links: a path of the tree, a path out of it (`../…` or absolute), or undefined when nothing is there. */
  realPath(path: string): string | undefined;
  /** True when only some listed files can be read: the API route fetches no Markdown. */
  readonly partial?: boolean;
}

const ARTICLE = /\.(md|markdown|mdx)$/i;

const LINK_MODE = '120000';
/** As many links in a row as a file system follows before it gives up (ELOOP). */
const MAX_HOPS = 40;

/** A commit of the local history, read with `git ls-tree` and `git cat-file`. */
export function gitTree(git: Git, sha: string): Tree {
  let entries: { files: string[]; blobs: Map<string, string>; links: Map<string, string> } | undefined;
  const cache = new Map<string, Buffer>();
  const load = () => {
    if (entries) return entries;
    const blobs = new Map<string, string>();
    const links = new Map<string, string>();
    for (const line of git.text(['ls-tree', '-r', '-z', '--full-tree', sha]).split('\0')) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (!m || m[2] !== 'blob') continue;
      (m[1] === LINK_MODE ? links : blobs).set(m[4]!, m[3]!);
    }
    entries = { files: [...blobs.keys(), ...links.keys()], blobs, links };
    return entries;
  };
  const blob = (object: string): Buffer => {
    let text = cache.get(object);
    if (!text) {
      text = git.buffer(['cat-file', 'blob', object]);
      cache.set(object, text);
    }
    return text;
  };
  let articlesRead = false;
  return {
    sha,
    list: () => load().files,
    read(path) {
      const { blobs } = load();
      const object = blobs.get(path);
      // The first article asked for is rarely the last: every article of the commit comes in one git process.
      if (object !== undefined && !articlesRead && ARTICLE.test(path)) {
        articlesRead = true;
        const wanted = [...blobs].filter(([file, id]) => ARTICLE.test(file) && !cache.has(id)).map(([, id]) => id);
        for (const [id, bytes] of git.blobs(wanted)) cache.set(id, bytes);
      }
      return object === undefined ? undefined : blob(object);
    },
    realPath(path) {
      const { blobs, links } = load();
      return followLinks(path, (p) => blobs.has(p), (p) => {
        const object = links.get(p);
        return object === undefined ? undefined : blob(object).toString('utf8');
      });
    },
  };
}

/** A tree whose files were fetched beforehand (the API route), for a synchronous Host; `links` maps a link's path to its target. */
export function memoryTree(sha: string, paths: readonly string[], contents: ReadonlyMap<string, Buffer>, links: ReadonlyMap<string, string> = new Map()): Tree {
  const sorted = [...paths].sort();
  const files = new Set(sorted.filter((path) => !links.has(path)));
  return {
    sha,
    list: () => sorted,
    read: (path) => (links.has(path) ? undefined : contents.get(path)),
    realPath: (path) => followLinks(path, (p) => files.has(p), (p) => links.get(p)),
  };
}

/**
 * Follows links from `path` until a file, a path out of the tree, nothing,
 * or too many hops (a loop: nothing). Targets are resolved from the link's
 * folder, as the file system would.
 */
export function followLinks(path: string, isFile: (path: string) => boolean, target: (path: string) => string | undefined): string | undefined {
  let current = path;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    if (isFile(current)) return current;
    const to = target(current);
    if (to === undefined) return undefined;
    const next = posix.isAbsolute(to) ? posix.normalize(to) : posix.normalize(posix.join(posix.dirname(current), to));
    if (next === '..' || next.startsWith('../') || posix.isAbsolute(next)) return next;
    current = next;
  }
  return undefined;
}
