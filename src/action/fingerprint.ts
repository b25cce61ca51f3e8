import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/**
 * A name for each finding that survives edits elsewhere in the article: what
 * it says, not where it sits, plus its rank among equal findings of the same
 * file. A re-run finds its own review comments by it.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = [f.file, f.attribute, f.entity, f.found, f.expected].join('\u0000');
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, 20);
  });
}

/** The hidden marker a comment carries: an HTML comment of hex digits, so it cannot be forged by article text. */
export const marker = (fingerprint: string): string => `<!-- factlint:${fingerprint} -->`;

/** The fingerprint in a comment body, if the body carries a live marker. */
export function markerIn(body: string): string | undefined {
  return /<!-- factlint:([0-9a-f]{20}) -->/.exec(body)?.[1];
}
