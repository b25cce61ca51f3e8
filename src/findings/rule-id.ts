import type { Finding } from '../types.js';

/**
 * The id a reporter shows and a suppression names: the attribute for a
 * contradiction of the facts, else the check that made the finding
 * (`corpus-consistency`, `unused-suppression`).
 */
export function ruleIdOf(finding: Finding): string {
  return finding.ruleId ?? finding.attribute;
}
