/**
 * A headcount followed by the places where it works: "800 people in
 * Paris, Barcelona and Milan", "350 salariés en France et en Espagne".
 * One place after a count is a part of the whole ("900 personnes en
 * France"); a list of places names where the whole of it works, so the
 * figure is the total, as a copy editor reads it.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/pack.js';

/** Token after a place name that starts at `at`: a place may take several capitalised words ("New York", "Saint-Ouen"). */
function placeEnd(tokens: Token[], at: number, isAlias: (i: number) => boolean): number {
  let k = at;
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].cap && !isAlias(k)) k++;
  return k;
}

/** How far after a list of places a figure makes them a part of a larger whole. */
const AFTER_LIST = 4;

function numberSoon(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + AFTER_LIST && k < tokens.length; k++) if (tokens[k].kind === 'num') return true;
  return false;
}

/**
 * How many places a list starting at token `at` names (0 or 1 when it is
 * no list): places joined by commas and a last "and" / "et", each
 * optionally after its own preposition ("en France et en Espagne").
 */
export function placesListed(tokens: Token[], at: number, isAlias: (i: number) => boolean, pack: LanguagePack): number {
  let count = 0;
  let k = at;
  for (;;) {
    const end = placeEnd(tokens, k, isAlias);
    if (end === k) return Math.min(count, 1);
    count++;
    let next = end;
    if (tokens[next]?.text === ',') next++;
    const joined = tokens[next] !== undefined && pack.listJoiners.has(tokens[next].norm);
    if (joined) next++;
    if (next === end) return 1;
    if (tokens[next] && pack.placed.has(tokens[next].norm)) next++;
    // Only a list that closes with "and" / "et" is a list: "in France, Cyclon said" names one place.
    const last = placeEnd(tokens, next, isAlias);
    if (last === next) return 1;
    // "en France et en Allemagne, et 500 ailleurs": a figure right after the list makes its places a part.
    if (joined) return numberSoon(tokens, last) ? 1 : count + 1;
    k = next;
  }
}
