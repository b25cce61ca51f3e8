/** A span of a sentence's text back to the source: where its first unit starts and its last unit ends. */
import type { Sentence } from '../types.js';

/** Source offset of the unit at `index` (the last unit when past the end). */
export function sourceStart(sentence: Sentence, index: number): number {
  return sentence.offsets[Math.min(index, sentence.offsets.length - 1)];
}

/** Source end of the unit at `index`, past every source unit it was read from (a composed letter, a surrogate pair). */
export function sourceEnd(sentence: Sentence, index: number): number {
  const at = Math.min(index, sentence.offsets.length - 1);
  return sentence.ends ? sentence.ends[at] : sentence.offsets[at] + 1;
}
