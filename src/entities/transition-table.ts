/**
 * The transitions of the alias automaton: (node, letter) -> node, in an
 * open-addressing hash table over two typed arrays. A Map did the same job,
 * but with 10,000 entities its lookups, one or more per character of every
 * article, cost three times what they cost with 10, and its entries were a
 * large part of the memory kept for the whole run. Keys are node * letters
 * + letter, exact in a double for any automaton a string can spell.
 */
const EMPTY = -1;

export class TransitionTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  /** 32 - log2 of the capacity: a slot is the top bits of the mixed key. */
  private shift: number;
  /** Entries held. */
  size = 0;

  constructor(
    /** Distinct letters: a key is node * letters + letter. */
    private readonly letters: number,
  ) {
    this.keys = new Float64Array(16).fill(EMPTY);
    this.values = new Int32Array(16);
    this.mask = 15;
    this.shift = 28;
  }

  /** The node reached from `node` by `letter`, or -1. */
  get(node: number, letter: number): number {
    const key = node * this.letters + letter;
    const { keys, mask } = this;
    for (let slot = hash(key) >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found === EMPTY) return EMPTY;
    }
  }

  /** Adds a transition that is not there yet; the table doubles before it is half full, so probes stay short. */
  add(node: number, letter: number, target: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(node * this.letters + letter, target);
    this.size++;
  }

  /** Calls `visit` with every transition, in no particular order. */
  forEach(visit: (node: number, letter: number, target: number) => void): void {
    const { keys, values, letters } = this;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== EMPTY) visit(Math.floor(key / letters), key % letters, values[slot]);
    }
  }

  private place(key: number, target: number): void {
    const { keys, mask } = this;
    let slot = hash(key) >>> this.shift;
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = target;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(2 * keys.length).fill(EMPTY);
    this.values = new Int32Array(2 * keys.length);
    this.mask = 2 * keys.length - 1;
    this.shift--;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.place(keys[slot], values[slot]);
  }
}

/** Both halves of the key, mixed by a multiply whose top bits (Fibonacci hashing) spread consecutive keys over the table. */
function hash(key: number): number {
  return Math.imul((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x85ebca6b), 0x9e3779b1);
}
