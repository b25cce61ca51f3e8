import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSource } from '../../src/check-types.js';
import { parseRule } from '../../src/config/index.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');

/** The built-in rule files as the CLI hands them to check(). */
export function builtinSources(): RuleSource[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => ({ file: `rules/${f}`, text: readFileSync(join(RULES_DIR, f), 'utf8') }));
}

/** How many examples the built-in rules carry, so tests do not hard-code a count that grows with the rules. */
export function builtinExampleCount(): number {
  return builtinSources().reduce((n, { file, text }) => n + (parseRule(text, file).value?.examples.length ?? 0), 0);
}
