/**
 * Which findings the suppressions of an article cover, and which findings
 * each suppression covers, in O((findings + suppressions)
 * log) rather than by testing every pair: an article may hold a hundred
 * thousand of each. Next-line suppressions are looked up by line; ranges
 * are swept in order of position, with a count of the open ranges per
 * attribute; "does this range cover any finding?" is a binary search in
 * the sorted positions of the findings of each attribute it names.
 */

/** A (line, column) pair; columns are 1-based, so column 0 is the start of a line. */
export type Place = readonly [number, number];

export interface Cover {
  /** Empty: every attribute. */
  attributes: readonly string[];
  /** `line` for the next-line kind; `from` (inclusive) and `to` (exclusive) for a range. */
  line?: number;
  from: Place;
  to: Place;
}

export interface Located {
  line: number;
  column: number;
  attribute: string;
  /** The check that made it, when a suppression may name it instead of the attribute (`corpus-consistency`). */
  ruleId?: string;
}

/** The names a suppression may silence a finding by: its attribute, and its rule id when that differs. */
function namesOf(f: Located): string[] {
  return f.ruleId && f.ruleId !== f.attribute ? [f.attribute, f.ruleId] : [f.attribute];
}

const ANY = '';

function compare(a: Place, b: Place): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Index of the first place in `sorted` at or after `at`. */
function firstAtOrAfter(sorted: readonly Place[], at: Place): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid], at) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `suppressed[i]`: finding i is covered; `silenced[j]`: the findings cover j
 * covers, in order of position (a slice of the sorted findings of each
 * attribute it names, found by binary search).
 */
export function coverFindings(findings: readonly Located[], covers: readonly Cover[]): { suppressed: boolean[]; silenced: number[][] } {
  const suppressed = findings.map(() => false);
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].line - findings[b].line || findings[a].column - findings[b].column || a - b);
  const rank = new Array<number>(findings.length);
  order.forEach((i, r) => (rank[i] = r));
  const places = new Map<string, { at: Place[]; index: number[] }>([[ANY, { at: [], index: [] }]]);
  for (const i of order) {
    const f = findings[i];
    const place: Place = [f.line, f.column];
    for (const key of [ANY, ...namesOf(f)]) {
      const list = places.get(key) ?? { at: [], index: [] };
      places.set(key, list);
      list.at.push(place);
      list.index.push(i);
    }
  }
  const silenced = covers.map((c) => {
    const found: number[] = [];
    for (const a of c.attributes.length === 0 ? [ANY] : new Set(c.attributes)) {
      const list = places.get(a);
      if (!list) continue;
      for (let k = firstAtOrAfter(list.at, c.from); k < list.at.length && compare(list.at[k], c.to) < 0; k++) found.push(list.index[k]);
    }
    return c.attributes.length > 1 ? [...new Set(found)].sort((a, b) => rank[a] - rank[b]) : found;
  });

  const byLine = new Map<number, Set<string>>();
  const ranges: Cover[] = [];
  for (const c of covers) {
    if (c.line === undefined) {
      ranges.push(c);
      continue;
    }
    const set = byLine.get(c.line) ?? new Set<string>();
    byLine.set(c.line, set);
    for (const a of c.attributes.length === 0 ? [ANY] : c.attributes) set.add(a);
  }
  const opening = [...ranges].sort((a, b) => compare(a.from, b.from));
  const closing = [...ranges].sort((a, b) => compare(a.to, b.to));
  const open = new Map<string, number>();
  const shift = (c: Cover, by: number) => {
    for (const a of c.attributes.length === 0 ? [ANY] : c.attributes) open.set(a, (open.get(a) ?? 0) + by);
  };
  let o = 0;
  let e = 0;
  for (const i of order) {
    const f = findings[i];
    const place: Place = [f.line, f.column];
    for (; o < opening.length && compare(opening[o].from, place) <= 0; o++) shift(opening[o], 1);
    for (; e < closing.length && compare(closing[e].to, place) <= 0; e++) shift(closing[e], -1);
    const line = byLine.get(f.line);
    const names = namesOf(f);
    suppressed[i] = (open.get(ANY) ?? 0) > 0 || names.some((n) => (open.get(n) ?? 0) > 0) || (line !== undefined && (line.has(ANY) || names.some((n) => line.has(n))));
  }
  return { suppressed, silenced };
}
