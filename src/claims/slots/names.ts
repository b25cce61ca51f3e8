/**
 * `{person}` and `{place}`: proper names read from capitalization, since
 * no list of every person or town can exist. A run of capitalized words
 * (with particles such as "de" or "van" inside) is a name; a single word
 * is a person only when the facts know that name. A person's name may
 * open with initials ("J.-C. Dupont", "S. Anavi") or hold a middle one
 * ("James Q. Crowe"). A place keeps the lowercase links of its name
 * ("Newcastle upon Tyne", "Frankfurt am Main"), and is never read from the
 * middle of a name, so that a pattern's gap cannot leave "Tyne" or "York"
 * as the whole place.
 */
import type { Token } from '../../text/tokenize.js';
import { NAME_PARTICLES, NOT_NAMES } from '../lexicon.js';
import { NO_READS, rawText, type SlotContext, type SlotRead } from './context.js';

const MAX_NAME_WORDS = 4;

/** Lowercase words written, spaced, between the capitalized words of a place's name. */
const PLACE_LINKS: readonly (readonly string[])[] = [['upon'], ['am'], ['an', 'der'], ['ob', 'der'], ['vor', 'der']];

/** Token index after a place link at k that a name word follows ("upon" in "Newcastle upon Tyne"), or k. */
function placeLinkEnd(tokens: Token[], k: number): number {
  for (const link of PLACE_LINKS) {
    const after = link.every((w, j) => tokens[k + j]?.norm === w && !tokens[k + j].cap) ? k + link.length : k;
    if (after > k && isNameWord(tokens[after])) return after;
  }
  return k;
}

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

/** One capital letter and its full stop, glued: the "J." of "J. Dupont". */
function isInitialAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'word' && t.cap && t.text.length === 1 && tokens[i + 1]?.text === '.' && !tokens[i + 1].spaced;
}

/** Token index after the initials starting at i ("J.", "J.-C.", "J. R."), or i when there are none. */
function initialsEnd(tokens: Token[], i: number): number {
  let k = i;
  while (isInitialAt(tokens, k)) {
    k += 2;
    if (tokens[k]?.text === '-' && !tokens[k].spaced && isInitialAt(tokens, k + 1)) k++;
  }
  return k;
}

/** Token index after the longest name starting at i, or -1. */
function nameEnd(ctx: SlotContext, i: number, place: boolean): { end: number; words: number } | undefined {
  const { tokens } = ctx;
  // A person's name may open with initials, if a name word follows them ("J.-C. Dupont").
  const first = place ? i : initialsEnd(tokens, i);
  if (!isNameWord(tokens[first])) return undefined;
  if (first === 0 && ctx.ruleWords?.has(tokens[0].key)) return undefined;
  // An entity alias is not a person or a place ("OVH", "Microsoft").
  if (isAlias(ctx, first)) return undefined;
  let end = nameWordEnd(tokens, first, place);
  let words = first > i ? 2 : 1;
  while (words < MAX_NAME_WORDS) {
    let k = place ? placeLinkEnd(tokens, end) : end;
    while (NAME_PARTICLES.has(tokens[k]?.norm ?? '') && tokens[k].kind === 'word' && !tokens[k].cap) k++;
    // A middle initial: "James Q. Crowe".
    if (!place) k = initialsEnd(tokens, k);
    if (!isNameWord(tokens[k]) || isAlias(ctx, k)) break;
    end = nameWordEnd(tokens, k, place);
    words++;
  }
  return { end, words };
}

/** French "M." before a name is "Monsieur", not an initial: "M. Dupont" names nobody's first name, so the name starts after it. */
function isMonsieur(ctx: SlotContext, i: number): boolean {
  return ctx.lang === 'fr' && ctx.tokens[i]?.text === 'M' && isInitialAt(ctx.tokens, i);
}

export function readPerson(ctx: SlotContext, i: number): readonly SlotRead[] {
  if (isMonsieur(ctx, i)) return NO_READS;
  // "Q. Crowe" inside "James Q. Crowe" is a piece of a longer name, not a name.
  if (isInitialAt(ctx.tokens, i) && isNameWord(ctx.tokens[i - 1])) return NO_READS;
  const name = nameEnd(ctx, i, false);
  if (!name) return NO_READS;
  const raw = rawText(ctx.tokens, i, name.end);
  if (name.words < 2 && !ctx.knownPeople.has(ctx.tokens[i].norm)) return NO_READS;
  return [{ end: name.end, value: { type: 'person', value: raw, raw } }];
}

/** True when token i continues a name begun before it: after a capitalized name word, a glued hyphen, or a particle or link that follows one. */
function continuesName(ctx: SlotContext, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.text === '-' && !tokens[i].spaced) return true;
  if (isNameWord(before)) return !isAlias(ctx, i - 1) && !ctx.mentionsAt.has(i - 1);
  const linked = NAME_PARTICLES.has(before.norm) || PLACE_LINKS.some((l) => l[l.length - 1] === before.norm);
  return linked && !before.cap && isNameWord(tokens[i - 2]) && !isAlias(ctx, i - 2);
}

export function readPlace(ctx: SlotContext, i: number): readonly SlotRead[] {
  if (continuesName(ctx, i)) return NO_READS;
  const name = nameEnd(ctx, i, true);
  if (!name) return NO_READS;
  const raw = rawText(ctx.tokens, i, name.end);
  return [{ end: name.end, value: { type: 'place', value: raw, raw } }];
}
