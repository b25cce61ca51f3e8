/**
 * Letters of other alphabets that pass for Latin ones: a Cyrillic "А" in
 * "Аcmé" looks like Acmé to a reader and to a reviewer, but not to a text
 * search. Folding reads such a letter as the Latin one it looks like, so
 * the name is matched and its claim read; the name is then flagged, since
 * a reader's search, a link or a spell checker will not find it.
 */
import { CONFUSABLE_LETTERS } from './confusable-letters.js';

interface Lookalike {
  /** The Latin letter, lowercase. */
  latin: string;
  /** The alphabet the letter belongs to, as a reader names it. */
  script: string;
}

const LOOKALIKES = new Map<number, Lookalike>();
for (const [script, pairs] of Object.entries(CONFUSABLE_LETTERS)) {
  for (let i = 0; i + 1 < pairs.length; i += 2) LOOKALIKES.set(pairs.charCodeAt(i), { latin: pairs[i + 1], script: script.replace(/_/g, ' ') });
}

/** The lowercase Latin letter that the UTF-16 unit `c` looks like, when it is a letter of another alphabet. */
export function lookalikeOf(c: number): Lookalike | undefined {
  return c < 0x370 ? undefined : LOOKALIKES.get(c);
}

/** Whether `text` holds any letter that passes for a Latin one: a quick test before looking further. */
export function hasLookalike(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (lookalikeOf(text.charCodeAt(i))) return true;
  return false;
}
