import type { Tolerance } from '../types.js';

/** `5%`, `0.5 %`: a share of the declared value. */
export const PERCENT_PATTERN = /^\d+(?:\.\d+)?\s*%$/;

/**
 * Reads an already validated tolerance. A percentage is relative so that one
 * rule can serve a 2 000-person company and a 200 000-person one; a plain
 * number is absolute, in the value's own unit.
 */
export function parseTolerance(raw: number | string): Tolerance {
  if (typeof raw === 'number') return { kind: 'absolute', amount: raw };
  return { kind: 'relative', amount: Number(raw.replace('%', '').trim()) / 100 };
}
