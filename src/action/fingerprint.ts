import { fingerprints as fingerprintsOf } from '../findings/fingerprint.js';
import type { Finding } from '../types.js';

/** Review comments carry a 20-digit fingerprint: short enough to read, long enough never to collide in one pull request. */
export const fingerprints = (findings: readonly Finding[]): string[] => fingerprintsOf(findings, 20);

/** The hidden marker a comment carries: an HTML comment of hex digits, so it cannot be forged by article text. */
export const marker = (fingerprint: string): string => `<!-- factlint:${fingerprint} -->`;

/** The fingerprint in a comment body, if the body carries a live marker. */
export function markerIn(body: string): string | undefined {
  return /<!-- factlint:([0-9a-f]{20}) -->/.exec(body)?.[1];
}
