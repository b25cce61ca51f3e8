import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSource } from '../check-types.js';
import { findPackageRoot } from './package-root.js';

/**
 * The rules shipped in factlint's own `rules/`, read as text for the core to
 * parse like any repository's rules. Sorted by name so that every run, and
 * every error about them, comes in the same order.
 */
export function readBuiltinRules(root: string = findPackageRoot()): RuleSource[] {
  const dir = join(root, 'rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({ file: `rules/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}
