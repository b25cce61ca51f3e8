import picomatch from 'picomatch';
import { posix } from 'node:path';
import type { Host } from '../../src/host.js';
import type { AuthorError } from '../../src/types.js';

/** Problems as the CLI prints them, so tests read like the output authors see. */
export function printed(problems: readonly AuthorError[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.level === 'warning' ? 'warning: ' : ''}${p.message}`);
}

/** Text from a template literal, without the indentation it has in the test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...raw.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return raw
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** A Host over a map of relative paths, with the glob semantics of the real one (no dot-folders unless named). */
export function memoryHost(files: Record<string, string>): Host & { reads: string[] } {
  const norm = (p: string) => posix.normalize(p).replace(/\/$/, '');
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      const key = norm(path);
      reads.push(key);
      return key in files ? Buffer.from(files[key], 'utf8') : undefined;
    },
    glob(patterns, base, ignore = []) {
      const prefix = norm(base) === '.' ? '' : `${norm(base)}/`;
      const isMatch = picomatch([...patterns], { dot: false, ignore: [...ignore] });
      return Object.keys(files)
        .filter((f) => f.startsWith(prefix))
        .map((f) => f.slice(prefix.length))
        .filter((f) => isMatch(f))
        .sort();
    },
    isDirectory(path) {
      const dir = norm(path);
      return dir === '.' || Object.keys(files).some((f) => f.startsWith(`${dir}/`));
    },
  };
}
