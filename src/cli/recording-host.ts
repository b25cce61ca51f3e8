/**
 * A Host that remembers the hash of every file read through it, so that the
 * cache's key covers exactly the config, facts and rules files that loading
 * the project read, whichever globs named them.
 */
import type { Host } from '../host.js';
import { sha256 } from './article-cache.js';

export interface RecordingHost {
  host: Host;
  /** One hash over every file read so far, by path, in the order of their paths. */
  digest(): string;
}

export function recordingHost(inner: Host): RecordingHost {
  const read = new Map<string, string>();
  return {
    host: {
      ...inner,
      readFile(path) {
        const buffer = inner.readFile(path);
        read.set(path, buffer === undefined ? 'absent' : sha256(buffer));
        return buffer;
      },
    },
    digest: () =>
      sha256(
        [...read]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([path, hash]) => `${path}\u0000${hash}`)
          .join('\n'),
      ),
  };
}
