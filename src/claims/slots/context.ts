import type { Lang, SlotValue } from '../../types.js';
import type { Token } from '../../text/tokenize.js';

/** An alias or reference phrase found in the sentence, by token range. */
export interface EntityMention {
  start: number;
  end: number;
  /** Entity id, or null for a reference phrase ("l'entreprise") resolved later. */
  entity: string | null;
  /** Any capitalized word taken for an entity while testing examples: it may still be a name. */
  guessed?: boolean;
}

/** What every slot reader may look at: the sentence's tokens and what is already known about them. */
export interface SlotContext {
  tokens: Token[];
  lang: Lang;
  /** Entity mentions by start token. */
  mentionsAt: Map<number, EntityMention[]>;
  /** Folded names of people the facts know, so a lone surname can still be read as a person. */
  knownPeople: Set<string>;
  /** Words of the rules' patterns: capitalized at the sentence's start they are words, not names ("Revenue-based financing"). */
  ruleWords?: Set<string>;
}

/** A value a slot can read starting at a token, ending before token `end`. */
export interface SlotRead {
  end: number;
  value: SlotValue;
  /** Where the figure itself starts, after a qualifier such as "plus de" (defaults to the slot's start). */
  figureStart?: number;
}

/** Reads one slot type at token `i`: every way it can be read there (usually zero or one). */
export type SlotReader = (ctx: SlotContext, i: number) => readonly SlotRead[];

/**
 * The reading of a slot that reads nothing, shared: the automaton asks the
 * leading slots at every token and most answer nothing, so a fresh empty
 * list each time would be most of what slot reading allocates.
 */
export const NO_READS: readonly SlotRead[] = Object.freeze([]);

/** Raw text of tokens [start, end) as written, spaces kept. */
export function rawText(tokens: Token[], start: number, end: number): string {
  if (end <= start) return '';
  let out = tokens[start].text;
  for (let k = start + 1; k < end; k++) out += (tokens[k].spaced ? ' ' : '') + tokens[k].text;
  return out;
}

/** True when tokens from `i` spell `words` (folded), returning the index after them or -1. */
export function spells(tokens: Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.norm !== words[k]) return -1;
  }
  return i + words.length;
}
