/**
 * `--shard i/n`: which articles one of n machines checks. An article's
 * shard follows from its own path alone (a hash of it), so adding or
 * removing other files never moves it to another shard, and every article
 * falls in exactly one shard.
 */

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** FNV-1a over the path's UTF-16 code units: fast, stable across runs and machines. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard an article belongs to, 1-based; paths are compared with forward slashes. */
export function shardOf(path: string, count: number): number {
  return (pathHash(path.replace(/\\/g, '/').replace(/^\.\//, '')) % count) + 1;
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.count) === shard.index;
}

/** `"2/4"` -> the shard, or why it is not one. */
export function parseShard(text: string): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) return { error: `--shard must be i/n with 1 <= i <= n, such as 1/4, not '${text}'` };
  return { index, count };
}
