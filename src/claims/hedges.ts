/**
 * Words that turn a figure into something other than a statement of fact:
 * a negation ("n'a pas été fondée en 2001"), a target or forecast
 * ("objectif de 2 milliards", "€2 billion revenue target"), a conditional
 * or a rumour ("emploierait", "reportedly"), or a former role ("l'ancien
 * PDG"). Precision first: such figures are read but never judged.
 */
import type { Lang, ValueType } from '../types.js';
import type { Token } from '../text/tokenize.js';
import type { MoodKind, Scope } from '../clauses/scope.js';
import { PACKS, type LanguagePack } from '../lang/index.js';
import { placesListed } from './place-list.js';

/** How far back a word of change or of a former role may stand: they qualify the figure's phrase, not its clause. */
const LOOKBACK = 8;
/** How far after a figure a word of target or forecast may stand: "3 000 salariés prévus". */
const LOOKAHEAD = 2;
/** Words after a headcount that may stand before its participle of change: "sont menacés", "ont été licenciés", "were laid off". */
const CHANGE_LOOKAHEAD = 4;

export interface HedgeInput {
  tokens: Token[];
  lang: Lang;
  type: ValueType;
  matchStart: number;
  figureStart: number;
  figureEnd: number;
  /** Token after the whole match: a target word right after it still hedges ("€2 billion revenue target"). */
  matchEnd: number;
  /** Tokens that are entity names, which never make a figure local ("2 200 salariés chez OVH"). */
  isAlias?: (token: number) => boolean;
  /** What the figure's clause says of it (the clause model). */
  scope: Scope;
  /** Why the whole sentence states nothing (a rumour, hearsay, a question), computed once per sentence. */
  whole?: string;
  /** True for tokens of the figure's own clause: a word in another clause never qualifies it. */
  inClause: (token: number) => boolean;
}

const MOOD_REASON: Record<MoodKind, string> = {
  plan: 'a target or forecast',
  future: 'a target or forecast (future)',
  conditional: 'conditional or rumour',
  condition: 'under a condition',
};

/**
 * A count followed by a place or a site names a part of the whole ("1 700
 * salariés en France", "400 people at its Lyon plant"), unless the rule
 * asked for the place; a list of places is where the whole works ("800
 * people in Paris, Barcelona and Milan").
 */
function placedPart(tokens: Token[], matchEnd: number, isAlias: (i: number) => boolean, pack: LanguagePack): string | undefined {
  const prep = tokens[matchEnd];
  const place = tokens[matchEnd + 1];
  if (prep && place && pack.sites.prepositions.has(prep.norm) && pack.sites.owners.has(place.norm)) {
    // "dans ses trois usines" may be all of them; one named site is a part.
    const site = tokens.slice(matchEnd + 2, matchEnd + 5).find((t) => pack.sites.nouns.has(t.norm));
    if (site) return `${prep.text} ${place.text} ... ${site.text}`;
  }
  if (!prep || !place || !pack.placed.has(prep.norm) || place.kind !== 'word' || !place.cap || isAlias(matchEnd + 1)) return undefined;
  if (placesListed(tokens, matchEnd + 1, isAlias, pack) > 1) return undefined;
  return `${prep.text} ${place.text}`;
}

/** The first word of `words` among the `span` tokens after `tail`, in the figure's clause: "sont menacés", "prévoit". */
function wordAfter(tokens: Token[], tail: number, span: number, inClause: (k: number) => boolean, words: Set<string>): Token | undefined {
  for (let k = tail; k < tail + span && k < tokens.length && inClause(k); k++) if (words.has(tokens[k].norm)) return tokens[k];
  return undefined;
}

/**
 * A move of the head office that names the place it left ("de Grenoble à
 * Lyon", "from Grenoble to Lyon"): which of the two the sentence makes the
 * head office, and since when, is too easy to misread to judge.
 */
function movedFrom(before: Token[], pack: LanguagePack): string | undefined {
  const verb = before.findIndex((t) => pack.relocations.verbs.has(t.norm));
  if (verb < 0) return undefined;
  for (let k = verb + 1; k + 1 < before.length; k++) {
    const place = before[k + 1];
    if (pack.relocations.origins.has(before[k].norm) && place.cap) return `${before[verb].text} ... ${before[k].text} ${place.text}`;
  }
  return undefined;
}

export function hedgeOf({ tokens, lang, type, matchStart, figureStart, figureEnd, matchEnd, scope, whole, inClause, isAlias = () => false }: HedgeInput): string | undefined {
  if (scope.negation) return scope.negation.denied ? `denied ("${scope.negation.word}")` : `negated ("${scope.negation.word}")`;
  if (scope.mood) return `${MOOD_REASON[scope.mood.kind]} ("${scope.mood.word}")`;
  const pack = PACKS[lang];
  const tail = Math.max(figureEnd, matchEnd);
  const plan = wordAfter(tokens, tail, LOOKAHEAD, inClause, pack.plans);
  if (plan) return `a target or forecast ("${plan.text}")`;
  if (whole) return whole;
  const before: Token[] = [];
  for (let k = Math.max(0, Math.min(matchStart, figureStart) - LOOKBACK); k < figureStart; k++) if (inClause(k)) before.push(tokens[k]);
  const has = (set: Set<string>, list: Token[]) => list.find((t) => set.has(t.norm));
  for (const words of pack.partitives) {
    const at = figureStart - words.length;
    // Only when the rule itself did not ask for the partitive ("dont {count} en France").
    if (at >= 0 && at < matchStart && words.every((w, k) => tokens[at + k].norm === w)) return `a part of a larger figure ("${words.join(' ')}")`;
  }
  if ((type === 'count' || type === 'money') && ['de', "d'", 'by'].includes(tokens[figureStart - 1]?.norm ?? '')) {
    const move = has(pack.moves, before);
    if (move) return `the size of a change, not the figure ("${move.text} ${tokens[figureStart - 1].text}")`;
  }
  if (type === 'count') {
    const change = has(pack.changes, before) ?? wordAfter(tokens, tail, CHANGE_LOOKAHEAD, inClause, pack.changedAfter);
    if (change) return `a change, not a total ("${change.text}")`;
    const placed = placedPart(tokens, tail, isAlias, pack);
    if (placed) return `a part of a larger figure ("${placed}")`;
  }
  if (type === 'place') {
    const move = movedFrom(before, pack);
    if (move) return `a move names two places ("${move}")`;
  }
  if (type === 'person' || type === 'place') {
    // The words just before the match belong to its phrase even where a clause ends inside it ("the former chief executive and co-founder of Acme, X").
    const lead: Token[] = [];
    for (let k = matchStart - 1; k >= 0 && k >= matchStart - 3 && tokens[k].kind === 'word'; k--) lead.push(tokens[k]);
    const former = has(pack.former, before) ?? has(pack.former, lead);
    if (former) return `not the current holder ("${former.text}")`;
  }
  return undefined;
}

/**
 * A verb after a named holder, in the holder's clause or the main one,
 * that says they are leaving or removed ("X, PDG d'Acmé, quitte la
 * direction", "X ... stepped down"). It matters only for a role held for a
 * time (a chief executive), not for one held for good (a founder who left
 * is still a founder), so the judge, which sees the facts, decides.
 */
export function leavingWord(tokens: Token[], lang: Lang, after: number, inScope: (token: number) => boolean): string | undefined {
  const departures = PACKS[lang].departures;
  for (let k = after; k < tokens.length; k++) if (inScope(k) && departures.has(tokens[k].norm)) return tokens[k].text;
  return undefined;
}
