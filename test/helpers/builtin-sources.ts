import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSource } from '../../src/check-types.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');

/** The built-in rule files as the CLI hands them to check(). */
export function builtinSources(): RuleSource[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => ({ file: `rules/${f}`, text: readFileSync(join(RULES_DIR, f), 'utf8') }));
}
