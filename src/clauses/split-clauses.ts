/**
 * The clause model every question of scope asks: one left-to-right pass
 * over a sentence's tokens splits it into clauses (the main clause, a
 * relative, an aside, a parenthesis, a comparison, a condition, a
 * quotation, the complement of a reporting or denial verb, an
 * attribution), so that a figure's polarity, mood, owner and time are read
 * from its own clause and not from a fixed window of words. A stack of
 * open clauses and phrase tests of a few words keep the pass linear.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack, Phrase } from '../lang/index.js';

export type ClauseKind = 'main' | 'relative' | 'aside' | 'parenthesis' | 'comparison' | 'condition' | 'quotation' | 'complement' | 'attribution';

/** How a clause ends: at the next comma (or the sentence's end), at a closing bracket or quote. */
type Closer = 'comma' | 'paren' | 'quote' | 'end';

export interface Clause {
  kind: ClauseKind;
  /** Token range [start, end), nested clauses included. */
  start: number;
  end: number;
  /** Index of the enclosing clause, -1 for a main clause. */
  parent: number;
  /** The words that opened it ("contre", "which", "selon"), for explain. */
  marker?: string;
  /** A clause joined by a coordinator ("et", "and") continues this one and shares its subject. */
  continues?: number;
  closer: Closer;
}

export interface ClauseMap {
  clauses: Clause[];
  /** Innermost clause of each token. */
  at: Int32Array;
  /** 1 where a token opens or closes a clause, or is clause punctuation: a pattern's gap never crosses it. */
  boundary: Uint8Array;
}

const COMMAS = new Set([',', ';', '—', '–', '\uFFFC']);
const OPEN_QUOTES = new Set(['«', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);
/** Comparisons that open a clause only at the start of a sentence or after a comma ("comme", "like" are too common elsewhere). */
const LEADING_ONLY = new Set(['comme', 'like', 'unlike', 'contrairement', 'face', 'as']);
const OF = new Set(['de', "d'", 'du', 'des', 'of']);
/** Words before the first bound of a range: "entre 400 et 500", "between 400 and 500". */
const RANGE_OPENERS = new Set(['entre', 'between']);
const BE = new Set(['is', "'s", 'was', 'were', 'are']);
const DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'ce', 'cette', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'this']);

const firstWordsOf = new WeakMap<readonly Phrase[], Set<string> | null>();

/** The words a list's phrases begin with; null when one is empty (it is spelled anywhere). */
function firstWords(phrases: readonly Phrase[]): Set<string> | null {
  let words = firstWordsOf.get(phrases);
  if (words === undefined) {
    words = phrases.some((p) => p.length === 0) ? null : new Set(phrases.map((p) => p[0]));
    firstWordsOf.set(phrases, words);
  }
  return words;
}

/** Length of the first phrase spelled at token i, or 0. Most tokens begin no phrase, which one lookup of the first words tells. */
export function phraseAt(tokens: Token[], i: number, phrases: readonly Phrase[]): number {
  const first = firstWords(phrases);
  if (first && !first.has(tokens[i]?.norm as string)) return 0;
  for (const p of phrases) {
    let k = 0;
    while (k < p.length && tokens[i + k]?.norm === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}

interface Opening {
  kind: ClauseKind;
  length: number;
}

/** A figure within the next few tokens: "après 5,3 milliards", "from 1,200". */
function figureSoon(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) if (tokens[k].kind === 'num') return true;
  return false;
}

/** "said that", "denied that", "expects that", "it is not true that": words whose complement a "that" / "que" opens. */
function reportedBefore(tokens: Token[], i: number, pack: LanguagePack): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k].norm;
    if (pack.reporting.has(w) || pack.denials.has(w) || pack.hearsay.has(w) || pack.plans.has(w) || pack.assertions.has(w)) return true;
  }
  return false;
}

/** What clause, if any, opens at token i. `leading`: at the sentence's start or right after a comma. */
function openingAt(tokens: Token[], i: number, pack: LanguagePack, leading: boolean, afterName: boolean): Opening | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const cmp = phraseAt(tokens, i, pack.comparisons);
  if (cmp > 0 && (leading || !LEADING_ONLY.has(t.norm))) return { kind: 'comparison', length: cmp };
  const soon = phraseAt(tokens, i, pack.comparisonsBeforeFigure);
  // "after 5.3 billion", "from $466 million": mid-clause only right before the figure ("rose to €5m from €4m").
  if (soon > 0 && (leading ? figureSoon(tokens, i + soon) : tokens[i + soon]?.kind === 'num' || tokens[i + soon + 1]?.kind === 'num')) return { kind: 'comparison', length: soon };
  if (pack.conditions.has(t.norm) && (t.norm !== "s'" || tokens[i + 1]?.norm.startsWith('il'))) return { kind: 'condition', length: 1 };
  if (leading) {
    const attribution = phraseAt(tokens, i, pack.attributions);
    if (attribution > 0) return { kind: 'attribution', length: attribution };
  }
  if (pack.relatives.has(t.norm) && (leading || t.norm !== 'ou')) return { kind: 'relative', length: 1 };
  if (pack.complementizers.has(t.norm)) {
    if (reportedBefore(tokens, i, pack)) return { kind: 'complement', length: 1 };
    // "Some 1,450 people: that is the headcount...": after a colon, "that is" points back; it opens no clause.
    if (t.norm === 'that' && !leading && !(tokens[i - 1]?.text === ':' && BE.has(tokens[i + 1]?.norm ?? ''))) return { kind: 'relative', length: 1 };
  }
  if (leading && pack.asideOpeners.has(t.norm)) return { kind: 'aside', length: 0 };
  // "Acme, a subsidiary of Cyclon," "Cyclon, fournisseur d'Acmé,": an apposition after a name.
  if (leading && afterName && (DETERMINERS.has(t.norm) || OF.has(tokens[i + 1]?.norm ?? ''))) return { kind: 'aside', length: 0 };
  return undefined;
}

/** A coordinator joins clauses, not names or figures: "Acme et Cyclon", "entre 400 et 500" stay whole. */
function joinsClauses(tokens: Token[], i: number, length: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + length];
  if (!before || !after) return false;
  if (after.kind === 'num') return false;
  // "entre 400 et près de 500", "between 3,900 and about 4,000" stay one range; "a recruté 250 personnes en 2024 et emploie" joins two clauses.
  if (before.kind === 'num' && (RANGE_OPENERS.has(tokens[i - 2]?.norm ?? '') || !after.spaced || after.kind !== 'word')) return false;
  return !(before.cap && after.cap);
}

export function splitClauses(tokens: Token[], pack: LanguagePack): ClauseMap {
  const n = tokens.length;
  const clauses: Clause[] = [{ kind: 'main', start: 0, end: n, parent: -1, closer: 'end' }];
  const at = new Int32Array(n);
  const boundary = new Uint8Array(n);
  const stack = [0];
  const top = () => stack[stack.length - 1];
  const close = (end: number) => {
    clauses[stack.pop()!].end = end;
  };
  const closeOne = (end: number) => {
    const closer = clauses[top()].closer;
    if (closer === 'paren' || closer === 'quote') opened[closer]--;
    close(end);
  };
  const open = (kind: ClauseKind, start: number, closer: Closer, length: number, continues?: number, parent = top()) => {
    const marker = length > 0 ? tokens.slice(start, start + length).map((t) => t.text).join(' ') : undefined;
    clauses.push({ kind, start, end: n, parent, marker, continues, closer });
    stack.push(clauses.length - 1);
    for (let k = start; k < start + length; k++) {
      at[k] = top();
      boundary[k] = 1;
    }
    return start + length - 1;
  };
  // Open brackets and quotes, counted so that a closing one is matched without searching the stack.
  const opened = { paren: 0, quote: 0 };
  const isName = (k: number) => k >= 0 && tokens[k].kind === 'word' && (tokens[k].cap || pack.referenceNouns.has(tokens[k].norm));

  const first = openingAt(tokens, 0, pack, true, false);
  if (first) open(first.kind, 0, 'comma', first.length);
  for (let i = first?.length ?? 0; i < n; i++) {
    const t = tokens[i];
    if (t.text === ')' || t.text === ']' || CLOSE_QUOTES.has(t.text) || (t.text === '"' && opened.quote > 0)) {
      boundary[i] = 1;
      const want = t.text === ')' || t.text === ']' ? 'paren' : 'quote';
      if (opened[want] > 0) {
        while (stack.length > 1 && clauses[top()].closer !== want) closeOne(i);
        at[i] = top();
        if (stack.length > 1) closeOne(i + 1);
      } else at[i] = top();
      continue;
    }
    if (t.text === '(' || t.text === '[' || OPEN_QUOTES.has(t.text) || t.text === '"') {
      const paren = t.text === '(' || t.text === '[';
      opened[paren ? 'paren' : 'quote']++;
      open(paren ? 'parenthesis' : 'quotation', i, paren ? 'paren' : 'quote', 1);
      continue;
    }
    if (COMMAS.has(t.text) || t.text === ':') {
      boundary[i] = 1;
      let closed = false;
      // "If Acme's chief executive, Jean Dupont, spoke...": a name set off by commas stays inside the condition.
      const apposed = clauses[top()].kind === 'condition' && t.text === ',' && tokens[i + 1]?.cap && tokens[i + 1].kind === 'word';
      while (!apposed && (clauses[top()].closer === 'comma' || (t.text === ';' && clauses[top()].closer !== 'end' && stack.length > 1))) {
        closeOne(i);
        closed = true;
      }
      at[i] = top();
      const o = t.text === ':' ? undefined : openingAt(tokens, i + 1, pack, true, !closed && isName(i - 1));
      if (o) i = open(o.kind, i + 1, 'comma', o.length);
      continue;
    }
    const o = openingAt(tokens, i, pack, false, false);
    if (o && o.length > 0) {
      i = open(o.kind, i, 'comma', o.length);
      continue;
    }
    const coordinator = phraseAt(tokens, i, pack.coordinators);
    if (coordinator > 0 && joinsClauses(tokens, i, coordinator)) {
      const previous = stack.pop()!;
      const { kind, closer, parent } = clauses[previous];
      clauses[previous].end = i;
      i = open(kind, i, closer, coordinator, previous, parent);
      continue;
    }
    at[i] = top();
  }
  while (stack.length > 0) close(n);
  return { clauses, at, boundary };
}
