/**
 * Finds every entity alias in a text with one Aho-Corasick automaton over
 * folded characters: the cost of a scan depends on the text, not on the
 * number of entities, so 10,000 entities cost about what 10 cost.
 */
import type { Entity } from '../types.js';
import { foldKey, isWordChar } from '../text/fold.js';

export interface AliasHit {
  /** Character range in the folded (and original) text. */
  start: number;
  end: number;
  entity: string;
  /** The name or alias as the facts declare it. */
  alias: string;
}

export class AliasIndex {
  /** Trie transitions, keyed by node * 65536 + UTF-16 code. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Entity and alias length ending at a node (at most one per node: the first entity to declare it). */
  private readonly out: ({ entity: string; length: number; alias: string } | undefined)[] = [undefined];
  /** Nearest node on the fail chain with an output, or 0. */
  private readonly dict: number[] = [0];

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      const declared = new Map<string, string>();
      // A name typed with decomposed accents is the same name: articles are read composed (NFC).
      for (const name of [e.name, ...e.aliases]) if (!declared.has(foldKey(name.normalize('NFC')))) declared.set(foldKey(name.normalize('NFC')), name);
      for (const [key, name] of declared) if (key) this.insert(key, e.id, name);
    }
    this.link();
  }

  private insert(alias: string, entity: string, declared: string): void {
    let node = 0;
    for (let i = 0; i < alias.length; i++) {
      const key = node * 65536 + alias.charCodeAt(i);
      let child = this.next.get(key);
      if (child === undefined) {
        child = this.fail.length;
        this.fail.push(0);
        this.out.push(undefined);
        this.dict.push(0);
        this.next.set(key, child);
      }
      node = child;
    }
    this.out[node] ??= { entity, length: alias.length, alias: declared };
  }

  /** Breadth-first fail links; children are found from the transition map once. */
  private link(): void {
    const children: number[][] = this.fail.map(() => []);
    const codes: number[][] = this.fail.map(() => []);
    for (const [key, child] of this.next) {
      const parent = Math.floor(key / 65536);
      children[parent].push(child);
      codes[parent].push(key % 65536);
    }
    const queue: number[] = [];
    for (const c of children[0]) queue.push(c);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      children[node].forEach((child, k) => {
        const code = codes[node][k];
        let f = this.fail[node];
        while (f !== 0 && !this.next.has(f * 65536 + code)) f = this.fail[f];
        const target = this.next.get(f * 65536 + code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fl = this.fail[child];
        this.dict[child] = this.out[fl] ? fl : this.dict[fl];
        queue.push(child);
      });
    }
  }

  /**
   * Aliases in `folded` (a text folded with foldText) that stand on word
   * boundaries; where aliases overlap, the longest wins.
   */
  find(folded: string): AliasHit[] {
    const hits: AliasHit[] = [];
    let node = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let target = this.next.get(node * 65536 + code);
      while (target === undefined && node !== 0) {
        node = this.fail[node];
        target = this.next.get(node * 65536 + code);
      }
      node = target ?? 0;
      for (let n = this.out[node] ? node : this.dict[node]; n !== 0; n = this.dict[n]) {
        const o = this.out[n]!;
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
