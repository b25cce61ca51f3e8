/**
 * Compiles patterns into one loop-free token automaton and runs it over a
 * sentence in a single left-to-right pass. Each position holds at most one
 * thread per state, so the cost is (tokens x states) whatever the text:
 * no backtracking, no hostile input that makes it slow.
 */
import type { Token } from '../text/tokenize.js';
import type { PatternNode } from './pattern-parse.js';
import type { SlotName, SlotRead } from './slots/index.js';

type State =
  | { type: 'word'; norm: string; prefix: boolean; next: number }
  | { type: 'slot'; name: SlotName; next: number }
  | { type: 'any'; next: number }
  | { type: 'split'; outs: number[] }
  | { type: 'accept'; pattern: number };

import { canon } from '../text/tokenize.js';
import { maxOf, minOf } from '../lists.js';

/** Punctuation a gap (`...`) never crosses, whatever the clause model says: it bridges words, not clauses. */
const GAP_STOPS = new Set([',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '—', '–', '.', '!', '?', '\uFFFC']);

/** The comma of a date as English writes it, "September 30, 2005": inside the date, not between clauses, so a gap may cross it. */
function isDateComma(tokens: Token[], p: number): boolean {
  const day = tokens[p - 1];
  const year = tokens[p + 1];
  return tokens[p]?.text === ',' && day?.kind === 'num' && /^\d{1,2}$/.test(day.text) && year?.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(year.text);
}

export interface Capture {
  name: SlotName;
  start: number;
  read: SlotRead;
}

export interface AutomatonMatch {
  pattern: number;
  start: number;
  end: number;
  captures: Capture[];
  /** Literal words matched: the more, the more specific the match. */
  literals: number;
}

/**
 * A closure split by the next token: the states every token may take on
 * (slots, gaps, accepting states, prefixes), and for each word the same
 * with that word's states added, each list in closure order.
 */
interface Successors {
  anyToken: number[];
  byWord: Map<string, number[]>;
}

interface Thread {
  state: number;
  start: number;
  captures: Capture[];
  literals: number;
}

/**
 * How many states `node` compiles to, before it is compiled: a word or a
 * slot is one, an alternative or an optional part one more than its
 * parts, a gap two per word it may skip. Matching costs up to (tokens x
 * states), so the rule loader bounds this.
 */
export function stateCount(node: PatternNode): number {
  switch (node.kind) {
    case 'word':
    case 'slot':
      return 1;
    case 'gap':
      return 2 * node.max;
    case 'seq':
      return node.items.reduce((n, item) => n + stateCount(item), 0);
    case 'alt':
      return node.options.reduce((n, option) => n + stateCount(option), 1);
    case 'opt':
      return 1 + stateCount(node.node);
  }
}

export class Automaton {
  private states: State[] = [];
  private starts: number[] = [];
  private startByWord = new Map<string, number[]>();
  private startByPrefix: { norm: string; state: number }[] = [];
  private startBySlot = new Map<SlotName, number[]>();

  /** Adds a pattern; returns its index in match results. */
  add(node: PatternNode): number {
    this.vocabulary = undefined;
    const pattern = this.starts.length;
    const accept = this.push({ type: 'accept', pattern });
    const start = this.build(node, accept);
    this.starts.push(start);
    for (const s of this.closure(start)) {
      const st = this.states[s];
      if (st.type === 'word') {
        const key = st.norm;
        if (st.prefix) this.startByPrefix.push({ norm: st.norm, state: s });
        else this.startByWord.set(key, [...(this.startByWord.get(key) ?? []), s]);
      } else if (st.type === 'slot') this.startBySlot.set(st.name, [...(this.startBySlot.get(st.name) ?? []), s]);
    }
    return pattern;
  }

  /** States compiled so far, one accepting state per pattern included. */
  get size(): number {
    return this.states.length;
  }

  private vocabulary?: Set<string>;

  /** Every literal word of the patterns (folded): a capitalized "Salariés" or "Revenue" opening a line is such a word, not a name. */
  get words(): Set<string> {
    if (!this.vocabulary) {
      this.vocabulary = new Set();
      for (const st of this.states) if (st.type === 'word' && !st.prefix) this.vocabulary.add(st.norm);
    }
    return this.vocabulary;
  }

  /** Slot names that can begin a match: the matcher reads these at every position. */
  get leadingSlots(): SlotName[] {
    return [...this.startBySlot.keys()];
  }

  private push(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  private build(node: PatternNode, next: number): number {
    switch (node.kind) {
      case 'word':
        return this.push({ type: 'word', norm: node.prefix ? node.norm : canon(node.norm), prefix: node.prefix, next });
      case 'slot':
        return this.push({ type: 'slot', name: node.name, next });
      case 'seq':
        return node.items.reduceRight((acc, item) => this.build(item, acc), next);
      case 'alt':
        return this.push({ type: 'split', outs: node.options.map((o) => this.build(o, next)) });
      case 'opt':
        return this.push({ type: 'split', outs: [this.build(node.node, next), next] });
      case 'gap': {
        let s = next;
        for (let k = 0; k < node.max; k++) s = this.push({ type: 'split', outs: [this.push({ type: 'any', next: s }), next] });
        return s;
      }
    }
  }

  private closures: number[][] = [];

  /** Consuming and accepting states reachable from `s` without reading a token (cached: the automaton never changes after `add`). */
  private closure(s: number): number[] {
    let hit = this.closures[s];
    if (!hit) {
      hit = [];
      const seen = new Set<number>();
      const walk = (t: number) => {
        if (seen.has(t)) return;
        seen.add(t);
        const st = this.states[t];
        if (st.type === 'split') for (const o of st.outs) walk(o);
        else hit!.push(t);
      };
      walk(s);
      this.closures[s] = hit;
    }
    return hit;
  }

  private successors: Successors[] = [];

  /** The closure of `s` split by the token that follows, so that a word state is only visited for the word it reads. */
  private successorsOf(s: number): Successors {
    let hit = this.successors[s];
    if (!hit) {
      const closure = this.closure(s);
      const isWord = (t: number) => {
        const st = this.states[t];
        return st.type === 'word' && !st.prefix;
      };
      const byWord = new Map<string, number[]>();
      for (const t of closure) {
        const st = this.states[t];
        if (st.type === 'word' && !st.prefix && !byWord.has(st.norm)) byWord.set(st.norm, closure.filter((u) => !isWord(u) || (this.states[u] as { norm: string }).norm === st.norm));
      }
      hit = { anyToken: closure.filter((t) => !isWord(t)), byWord };
      this.successors[s] = hit;
    }
    return hit;
  }

  private queuedAt = new Int32Array(0);
  private nextBase = 1;

  /**
   * Where `run` marks the position each state was queued for, as `base +
   * position`: one array for every run, each run's marks above the last
   * one's, so that no run allocates and clears an array of every state.
   */
  private queueMarks(tokenCount: number): { queuedAt: Int32Array; base: number } {
    if (this.queuedAt.length !== this.states.length || this.nextBase + tokenCount >= 0x3fffffff) {
      this.queuedAt = new Int32Array(this.states.length);
      this.nextBase = 1;
    }
    const base = this.nextBase;
    this.nextBase += tokenCount + 1;
    return { queuedAt: this.queuedAt, base };
  }

  /**
   * Every match in the tokens. `readSlot` is asked for a slot's readings at a
   * position and must be cached by the caller: each (slot, position) is read once.
   * `boundary` marks the tokens where the clause model opens or closes a
   * clause ("qui", "contre", "et"...): a gap never crosses one, except
   * that it steps over a whole relative clause or aside in one step, from
   * its opening comma to the token after its closing one (`skip`).
   */
  run(tokens: Token[], readSlot: (name: SlotName, at: number) => readonly SlotRead[], boundary?: Uint8Array, skip?: Int32Array): AutomatonMatch[] {
    const matches: AutomatonMatch[] = [];
    const pending: (Thread[] | undefined)[] = new Array(tokens.length + 1);
    // The position each state was last queued for: one thread per state and position (a rare
    // duplicate when slots of different lengths interleave costs time, never correctness).
    const { queuedAt, base } = this.queueMarks(tokens.length);
    const states = this.states;
    const steps = (p: number): boolean => {
      const tok = tokens[p];
      return !!tok && ((!GAP_STOPS.has(tok.text) && boundary?.[p] !== 1) || isDateComma(tokens, p));
    };
    // A thread is queued only if the token at its position lets it go on: whether a word
    // state moves, a gap steps or a slot reads depends on the position alone, never on the
    // thread, so dropping the others changes no match and keeps the survivors' order.
    const add = (pos: number, state: number, start: number, captures: Capture[], literals: number) => {
      const tok = tokens[pos];
      const next = this.successorsOf(state);
      for (const s of (tok && next.byWord.get(tok.key)) || next.anyToken) {
        const st = states[s];
        if (st.type === 'accept') {
          if (pos > start) matches.push({ pattern: st.pattern, start, end: pos, captures, literals });
          continue;
        }
        if (queuedAt[s] === base + pos) continue;
        if (st.type === 'word') {
          if (!tok || !(st.prefix ? tok.norm.startsWith(st.norm) : tok.key === st.norm)) continue;
        } else if (st.type === 'slot') {
          if (readSlot(st.name, pos).length === 0) continue;
        } else if (st.type === 'any' && !steps(pos) && !(skip && skip[pos] > pos)) continue;
        queuedAt[s] = base + pos;
        (pending[pos] ??= []).push({ state: s, start, captures, literals });
      }
    };
    const none: Capture[] = [];
    const leading = [...this.startBySlot];
    for (let p = 0; p <= tokens.length; p++) {
      const tok = tokens[p];
      if (tok) {
        const byWord = this.startByWord.get(tok.key);
        if (byWord) for (const s of byWord) add(p, s, p, none, 0);
        for (const { norm, state } of this.startByPrefix) if (tok.norm.startsWith(norm)) add(p, state, p, none, 0);
        for (const [name, starts] of leading) {
          if (readSlot(name, p).length > 0) for (const s of starts) add(p, s, p, none, 0);
        }
      }
      const threads = pending[p];
      if (!threads) continue;
      pending[p] = undefined;
      for (const th of threads) {
        const st = states[th.state];
        if (st.type === 'word') add(p + 1, st.next, th.start, th.captures, th.literals + 1);
        else if (st.type === 'any') {
          if (steps(p)) add(p + 1, st.next, th.start, th.captures, th.literals);
          else add(skip![p], st.next, th.start, th.captures, th.literals);
        } else if (st.type === 'slot') {
          for (const read of readSlot(st.name, p)) {
            add(read.end, st.next, th.start, [...th.captures, { name: st.name, start: p, read }], th.literals);
          }
        }
      }
    }
    return matches;
  }

  /** Smallest and largest number of `name` slots on any path of pattern `index` (to reject patterns that cannot read a value). */
  slotCountRange(index: number, name: SlotName): [number, number] {
    const memo = new Map<number, [number, number]>();
    const walk = (s: number): [number, number] => {
      const hit = memo.get(s);
      if (hit) return hit;
      const st = this.states[s];
      let r: [number, number];
      if (st.type === 'accept') r = [0, 0];
      else if (st.type === 'split') {
        const rs = st.outs.map(walk);
        r = [minOf(rs.map((x) => x[0])), maxOf(rs.map((x) => x[1]))];
      } else {
        const [lo, hi] = walk(st.next);
        const own = st.type === 'slot' && st.name === name ? 1 : 0;
        r = [lo + own, hi + own];
      }
      memo.set(s, r);
      return r;
    };
    return walk(this.starts[index]);
  }

  /** True when pattern `index` can match without reading any token. */
  matchesEmpty(index: number): boolean {
    return this.closure(this.starts[index]).some((s) => this.states[s].type === 'accept');
  }
}
