/**
 * The transitions of the alias automaton: (node, letter) -> node, in an
 * open-addressing hash table over typed arrays, keyed by
 * node * letters + letter. A Map did the same job, but with 10,000
 * entities its lookups, one or more per character of every sentence, cost
 * twice what they cost with 10, and its entries stayed on the heap the
 * garbage collector walks for the whole run. Keys are 32-bit integers, a
 * probe's cheapest compare, whenever every key fits in one; an automaton
 * too large for that keeps its keys in doubles, exact up to 2^53.
 */
const EMPTY = -1;
const INT32_KEYS = 2 ** 31;

export class TransitionTable {
  private keys: Int32Array | Float64Array;
  private targets: Int32Array;
  private mask: number;
  /** 32 - log2 of the capacity: a slot is the top bits of the mixed key (Fibonacci hashing). */
  private shift = 28;
  /** Entries held. */
  size = 0;

  constructor(
    /** Distinct letters. */
    private readonly letters: number,
    /** The most nodes the automaton may have: with `letters`, it bounds the keys. */
    nodesAtMost: number,
  ) {
    this.keys = this.keyArray(16, nodesAtMost * letters < INT32_KEYS);
    this.targets = new Int32Array(16);
    this.mask = 15;
  }

  /** The node reached from `node` by `letter`, or -1. */
  get(node: number, letter: number): number {
    const key = node * this.letters + letter;
    const { keys, mask } = this;
    for (let slot = hash(key) >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.targets[slot];
      if (found === EMPTY) return EMPTY;
    }
  }

  /** Adds a transition that is not there yet; the table doubles before it is half full, so probes stay short. */
  add(node: number, letter: number, target: number): void {
    if (2 * (this.size + 1) > this.targets.length) this.grow();
    this.place(node * this.letters + letter, target);
    this.size++;
  }

  /** Calls `visit` with every transition, in no particular order. */
  forEach(visit: (node: number, letter: number, target: number) => void): void {
    const { keys, targets, letters } = this;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key !== EMPTY) visit(Math.floor(key / letters), key % letters, targets[slot]);
    }
  }

  private place(key: number, target: number): void {
    const { keys, mask } = this;
    let slot = hash(key) >>> this.shift;
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.targets[slot] = target;
  }

  private grow(): void {
    const { keys, targets } = this;
    this.keys = this.keyArray(2 * keys.length, keys instanceof Int32Array);
    this.targets = new Int32Array(2 * keys.length);
    this.mask = 2 * keys.length - 1;
    this.shift--;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.place(keys[slot], targets[slot]);
  }

  private keyArray(capacity: number, int32: boolean): Int32Array | Float64Array {
    return (int32 ? new Int32Array(capacity) : new Float64Array(capacity)).fill(EMPTY);
  }
}

/**
 * The key's low 32 bits (all of it, in the usual table), mixed by a multiply
 * whose top bits pick the slot. Keys of a larger automaton that share their
 * low bits share a probe sequence: at most nodes * letters / 2^32 of them,
 * a bound that does not grow with the text read.
 */
function hash(key: number): number {
  return Math.imul(key | 0, 0x9e3779b1);
}
