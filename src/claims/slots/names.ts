/**
 * `{person}` and `{place}`: proper names read from capitalization, since
 * no list of every person or town can exist. A run of capitalized words
 * (with particles such as "de" or "van" inside) is a name; a single word
 * is a person only when the facts know that name.
 */
import type { Token } from '../../text/tokenize.js';
import { NAME_PARTICLES, NOT_NAMES } from '../lexicon.js';
import { rawText, type SlotContext, type SlotRead } from './context.js';

const MAX_NAME_WORDS = 4;

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !NOT_NAMES.has(t.norm) && t.text.length > 1;
}

function isAlias(ctx: SlotContext, i: number): boolean {
  return ctx.mentionsAt.get(i)?.some((m) => m.entity !== null && !m.guessed) ?? false;
}

/** A capitalized word and any hyphenated capitalized continuation ("Jean-Pierre", "Saint-Denis"). */
function nameWordEnd(tokens: Token[], i: number, place: boolean): number {
  let k = i + 1;
  for (;;) {
    const dash = tokens[k];
    if (!dash || dash.text !== '-' || dash.spaced) return k;
    // Places keep lowercase inner pieces when a capitalized piece follows: Issy-les-Moulineaux.
    let j = k + 1;
    while (place && tokens[j]?.kind === 'word' && !tokens[j].cap && !tokens[j].spaced && tokens[j + 1]?.text === '-' && !tokens[j + 1].spaced) j += 2;
    const piece = tokens[j];
    if (!piece || piece.spaced || piece.kind !== 'word' || !piece.cap) return k;
    k = j + 1;
  }
}

/** Token index after the longest name starting at i, or -1. */
function nameEnd(ctx: SlotContext, i: number, place: boolean): { end: number; words: number } | undefined {
  const { tokens } = ctx;
  if (!isNameWord(tokens[i])) return undefined;
  // An entity alias is not a person or a place ("OVH", "Microsoft").
  if (isAlias(ctx, i)) return undefined;
  let end = nameWordEnd(tokens, i, place);
  let words = 1;
  while (words < MAX_NAME_WORDS) {
    let k = end;
    while (NAME_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k].kind === 'word' && !tokens[k].cap) k++;
    if (!isNameWord(tokens[k]) || isAlias(ctx, k)) break;
    end = nameWordEnd(tokens, k, place);
    words++;
  }
  return { end, words };
}

export function readPerson(ctx: SlotContext, i: number): SlotRead[] {
  const name = nameEnd(ctx, i, false);
  if (!name) return [];
  const raw = rawText(ctx.tokens, i, name.end);
  if (name.words < 2 && !ctx.knownPeople.has(ctx.tokens[i].norm)) return [];
  return [{ end: name.end, value: { type: 'person', value: raw, raw } }];
}

export function readPlace(ctx: SlotContext, i: number): SlotRead[] {
  const name = nameEnd(ctx, i, true);
  if (!name) return [];
  const raw = rawText(ctx.tokens, i, name.end);
  return [{ end: name.end, value: { type: 'place', value: raw, raw } }];
}
