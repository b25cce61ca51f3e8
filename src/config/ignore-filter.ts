/**
 * Which files a run leaves out whatever the globs or the command line say:
 * the config's `ignore:` globs and, unless `gitignore: false`, what the
 * `.gitignore` beside the config names (drafts, build output, vendored
 * copies), read with the `ignore` library that eslint uses, so that its
 * negations, anchors and folder patterns mean what git means by them.
 */
import ignore from 'ignore';
import picomatch from 'picomatch';
import { posix } from 'node:path';
import type { Host } from '../host.js';
import type { Config } from '../types.js';
import { normalizePath, under } from './project-paths.js';

export type IsIgnored = (path: string) => boolean;

export function ignoreFilter(config: Config, host: Host): IsIgnored {
  const globs = config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : undefined;
  const text = config.gitignore ? host.readFile(under(config.root, '.gitignore'))?.toString('utf8') : undefined;
  const git = text ? ignore().add(text) : undefined;
  if (!globs && !git) return () => false;
  return (path) => {
    const relative = posix.relative(normalizePath(config.root), normalizePath(path));
    if (relative === '' || relative.startsWith('..')) return false;
    return (globs?.(relative) ?? false) || (git?.ignores(relative) ?? false);
  };
}
