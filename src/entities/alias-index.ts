/**
 * Finds every entity alias in a text with one Aho-Corasick automaton over
 * folded characters: the cost of a scan depends on the text, not on the
 * number of entities, so 10,000 entities cost about what 10 cost.
 */
import type { Entity } from '../types.js';
import { foldKey, isWordChar } from '../text/fold.js';
import { TransitionTable } from './transition-table.js';

export interface AliasHit {
  /** Character range in the folded (and original) text. */
  start: number;
  end: number;
  entity: string;
  /** The name or alias as the facts declare it. */
  alias: string;
}

export class AliasIndex {
  /** Trie transitions by letter, where a letter is a character's rank among those the aliases use. */
  private readonly next: TransitionTable;
  /** UTF-16 code -> letter + 1; 0 for a character no alias uses. */
  private readonly letters = new Uint16Array(65536);
  private fail: Int32Array | number[] = [0];
  /** Entity and alias length ending at a node (at most one per node: the first entity to declare it). */
  private readonly out: ({ entity: string; length: number; alias: string } | undefined)[] = [undefined];
  /** Nearest node on the fail chain with an output, or 0. */
  private dict: Int32Array | number[] = [0];

  constructor(entities: readonly Entity[]) {
    const aliases: [string, string, string][] = [];
    for (const e of entities) {
      const declared = new Map<string, string>();
      // A name typed with decomposed accents is the same name: articles are read composed (NFC).
      for (const name of [e.name, ...e.aliases]) {
        const key = foldKey(name.normalize('NFC'));
        if (key && !declared.has(key)) declared.set(key, name);
      }
      for (const [key, name] of declared) aliases.push([key, e.id, name]);
    }
    let size = 0;
    let nodes = 1;
    for (const [alias] of aliases) {
      nodes += alias.length;
      for (let i = 0; i < alias.length; i++) if (this.letters[alias.charCodeAt(i)] === 0) this.letters[alias.charCodeAt(i)] = ++size;
    }
    this.next = new TransitionTable(size, nodes);
    for (const [alias, entity, declared] of aliases) this.insert(alias, entity, declared);
    this.link();
  }

  private insert(alias: string, entity: string, declared: string): void {
    let node = 0;
    for (let i = 0; i < alias.length; i++) {
      const letter = this.letters[alias.charCodeAt(i)] - 1;
      let child = this.next.get(node, letter);
      if (child < 0) {
        child = this.out.length;
        this.out.push(undefined);
        this.next.add(node, letter, child);
      }
      node = child;
    }
    this.out[node] ??= { entity, length: alias.length, alias: declared };
  }

  /** Breadth-first fail links; each node's children are listed once, in flat arrays. */
  private link(): void {
    const nodes = this.out.length;
    const { next } = this;
    const first = new Int32Array(nodes + 1);
    next.forEach((parent) => first[parent + 1]++);
    for (let n = 0; n < nodes; n++) first[n + 1] += first[n];
    const fill = first.slice(0, nodes);
    const child = new Int32Array(Math.max(1, next.size));
    const letter = new Int32Array(Math.max(1, next.size));
    next.forEach((parent, l, c) => {
      child[fill[parent]] = c;
      letter[fill[parent]++] = l;
    });
    const fail = new Int32Array(nodes);
    const dict = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let k = first[0]; k < first[1]; k++) queue[tail++] = child[k];
    for (let q = 0; q < tail; q++) {
      const node = queue[q];
      for (let k = first[node]; k < first[node + 1]; k++) {
        const c = child[k];
        let f = fail[node];
        while (f !== 0 && next.get(f, letter[k]) < 0) f = fail[f];
        const target = next.get(f, letter[k]);
        fail[c] = target >= 0 && target !== c ? target : 0;
        dict[c] = this.out[fail[c]] ? fail[c] : dict[fail[c]];
        queue[tail++] = c;
      }
    }
    this.fail = fail;
    this.dict = dict;
  }

  /**
   * Aliases in `folded` (a text folded with foldText) that stand on word
   * boundaries; where aliases overlap, the longest wins.
   */
  find(folded: string): AliasHit[] {
    const hits: AliasHit[] = [];
    const { next, letters, fail, dict, out } = this;
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const letter = letters[folded.charCodeAt(i)] - 1;
      if (letter < 0) {
        node = 0;
        continue;
      }
      let target = next.get(node, letter);
      while (target < 0 && node !== 0) {
        node = fail[node];
        target = next.get(node, letter);
      }
      node = target < 0 ? 0 : target;
      for (let n = out[node] ? node : dict[node]; n !== 0; n = dict[n]) {
        const o = out[n]!;
        const start = i + 1 - o.length;
        if (!isWordChar(folded[start - 1]) && !isWordChar(folded[i + 1])) {
          hits.push({ start, end: i + 1, entity: o.entity, alias: o.alias });
        }
      }
    }
    return longestFirst(hits);
  }
}

function longestFirst(hits: AliasHit[]): AliasHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AliasHit[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.start >= reach) {
      kept.push(h);
      reach = h.end;
    }
  }
  return kept;
}
