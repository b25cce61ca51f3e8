import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * factlint's own folder, found by walking up from this module: the same
 * code runs from `src/cli/` under the tests and from `dist/` once bundled,
 * and the built-in rules and package.json sit at the top in both cases.
 */
export function findPackageRoot(from: string | URL = import.meta.url): string {
  const start = typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from);
  let dir = dirname(start);
  for (;;) {
    if (isFactlintRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find factlint's rules/ folder above ${start}`);
    dir = parent;
  }
}

function isFactlintRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  const rules = join(dir, 'rules');
  if (!existsSync(manifest) || !existsSync(rules) || !statSync(rules).isDirectory()) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'factlint';
  } catch {
    return false;
  }
}

export interface PackageInfo {
  version: string;
  homepage?: string;
}

/** Read at run time, so a version bump does not change the committed bundle. */
export function readPackageInfo(root: string = findPackageRoot()): PackageInfo {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  const homepage = typeof manifest.homepage === 'string' ? manifest.homepage : undefined;
  return homepage ? { version, homepage } : { version };
}
