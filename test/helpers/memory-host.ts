/** A Host over files held in memory, so the benchmark measures factlint and not the disk. */
import picomatch from 'picomatch';
import type { Host } from '../../src/host.js';

export function memoryHost(files: Map<string, string | Buffer>): Host {
  const buffers = new Map([...files].map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v, 'utf8') : v]));
  return {
    readFile: (path) => buffers.get(path.replace(/^\.\//, '')),
    glob(patterns, base, ignore = []) {
      const isMatch = picomatch(patterns);
      const isIgnored = ignore.length > 0 ? picomatch(ignore) : () => false;
      const prefix = base === '.' || base === '' ? '' : `${base.replace(/\/$/, '')}/`;
      return [...buffers.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)).filter((f) => isMatch(f) && !isIgnored(f)).sort();
    },
    isDirectory: (path) => [...buffers.keys()].some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)),
  };
}
