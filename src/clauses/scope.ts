/**
 * What a figure's clause says about it: negated or denied, planned,
 * future or conditional, under a condition, or heard from unnamed
 * sources. One pass over the tokens records, for each token, the state of
 * its clause so far; a clause that completes a denial or a plan
 * ("denied reports that...", "expects that...", "it is not true that...") starts from its parent's
 * state. Each figure then asks its token: no window, no rescan.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/index.js';
import type { ClauseMap } from './split-clauses.js';

export type MoodKind = 'future' | 'conditional' | 'plan' | 'condition';

export interface Scope {
  /** The word that negates the figure ("never", "pas"), or the verb that denies it ("denied", "a démenti"). */
  negation?: { word: string; denied: boolean };
  mood?: { kind: MoodKind; word: string };
}

/** The scope of each token, and why the whole sentence states nothing (a rumour, hearsay, a question). */
export interface ScopeMap {
  at: Scope[];
  sentence?: string;
}

const NONE: Scope = {};

function negatorAt(tokens: Token[], k: number, pack: LanguagePack, seenNe: boolean): boolean {
  const t = tokens[k];
  const next = tokens[k + 1]?.norm ?? '';
  if (pack.notNegating.has(next)) return false;
  if (pack.negators.has(t.norm) || t.norm.endsWith("n't")) return true;
  return seenNe && pack.weakNegators.words.has(t.norm) && !pack.weakNegators.unlessNext.has(next);
}

function moodAt(tokens: Token[], k: number, pack: LanguagePack): Scope['mood'] {
  const t = tokens[k];
  if (pack.plans.has(t.norm)) return { kind: 'plan', word: t.text };
  if (pack.plansBeforeVerb.has(t.norm) && pack.isVerbAfter([t.norm, tokens[k + 1]?.norm ?? '', tokens[k + 2]?.norm ?? ''], 1)) return { kind: 'plan', word: t.text };
  if (pack.future.has(t.norm) || (!t.cap && t.kind === 'word' && pack.isFuture?.(t.norm))) return { kind: 'future', word: t.text };
  if ((pack.conditional.has(t.norm) && !t.cap) || pack.isConditional?.(t.norm)) return { kind: 'conditional', word: t.text };
  return undefined;
}

export function scopeOf(tokens: Token[], map: ClauseMap, pack: LanguagePack): ScopeMap {
  const state: Scope[] = map.clauses.map(() => NONE);
  const seenNe = new Uint8Array(map.clauses.length);
  const opened = new Uint8Array(map.clauses.length);
  const at: Scope[] = new Array(tokens.length);
  let sentence: string | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const c = map.at[k];
    const clause = map.clauses[c];
    if (!opened[c]) {
      opened[c] = 1;
      // A complement starts from its parent's denial and plans; a condition is itself a mood.
      const parent = clause.parent >= 0 ? state[clause.parent] : NONE;
      if (clause.kind === 'complement') state[c] = { negation: parent.negation, mood: parent.mood };
      if (clause.kind === 'condition') state[c] = { mood: { kind: 'condition', word: clause.marker ?? '' } };
      if (clause.continues !== undefined && clause.kind !== 'main') state[c] = state[clause.continues];
    }
    const t = tokens[k];
    if (pack.weakNegators.needs.has(t.norm)) seenNe[c] = 1;
    const s = state[c];
    if (!s.negation && pack.denials.has(t.norm)) state[c] = { ...s, negation: { word: t.text, denied: true } };
    else if (!s.negation && negatorAt(tokens, k, pack, seenNe[c] === 1)) state[c] = { ...s, negation: { word: t.text, denied: false } };
    const mood = state[c].mood ? undefined : moodAt(tokens, k, pack);
    if (mood) state[c] = { ...state[c], mood };
    if (pack.hearsay.has(t.norm)) sentence ??= `conditional or rumour ("${t.text}")`;
    if (clause.kind === 'attribution' && pack.hearsaySources.has(t.norm)) sentence ??= `heard from unnamed sources ("${clause.marker} ... ${t.text}")`;
    at[k] = state[c];
  }
  if (tokens[tokens.length - 1]?.text === '?') sentence ??= 'a question, not a statement';
  return { at, sentence };
}
