import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/**
 * A name for each finding that survives edits elsewhere in the article:
 * built from what it says, not where it sits, plus its rank among identical
 * findings of the same file, so that two equal mistakes stay two. SARIF
 * uploads and the Action's review comments both recognise a finding by it.
 */
export function fingerprints(findings: readonly Finding[], hexLength: number): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.file, f.attribute, f.entity, f.found, f.expected].join('\u0000');
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, hexLength);
  });
}
