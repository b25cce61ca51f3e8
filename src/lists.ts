/**
 * Array helpers that hold for any length. `target.push(...items)` and
 * `Math.max(...items)` pass every item as an argument on the stack, and
 * past about 100,000 items they throw "Maximum call stack size exceeded";
 * one article can hold that many findings or suppressions.
 */

/** Appends every item of each source to `target`, in order, and returns `target`. */
export function appendAll<T>(target: T[], ...sources: readonly (readonly T[])[]): T[] {
  for (const source of sources) for (const item of source) target.push(item);
  return target;
}

/** `Math.max(floor, ...values)` for any number of values. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let best = floor;
  for (const v of values) if (v > best || Number.isNaN(v)) best = v;
  return best;
}

/** `Math.min(ceiling, ...values)` for any number of values. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let best = ceiling;
  for (const v of values) if (v < best || Number.isNaN(v)) best = v;
  return best;
}

/** Index of the first value of an ascending list that is not below `at`: a binary search, for lookups that must stay logarithmic. */
export function lowerBound(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
