/**
 * Items near a token: claims look for their time and their entity only
 * this many tokens around the figure, found by binary search over items
 * sorted by position, so a sentence of any length is read in linear time.
 */
export const WINDOW = 60;

/** Items (sorted by `pos`) whose position is within WINDOW tokens of `at`. */
export function within<T>(items: readonly T[], pos: (item: T) => number, at: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(items[mid]) < at - WINDOW) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && pos(items[k]) <= at + WINDOW; k++) out.push(items[k]);
  return out;
}
