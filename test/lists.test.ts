import { describe, expect, test } from 'vitest';
import { appendAll, lowerBound, maxOf, minOf } from '../src/lists.js';
import { formatText } from '../src/reporters/text.js';
import { founded } from './reporters/findings.js';

/** More items than a call can take as arguments: `push(...items)` throws "Maximum call stack size exceeded" here. */
const MANY = 500_000;

describe('lowerBound', () => {
  test.each([
    [[], 5, 0],
    [[1, 3, 5], 0, 0],
    [[1, 3, 5], 3, 1],
    [[1, 3, 5], 4, 2],
    [[1, 3, 5], 9, 3],
    [[2, 2, 2], 2, 0],
  ])('in %j, the first value not below %d is at %d', (sorted, at, index) => {
    expect(lowerBound(sorted, at)).toBe(index);
  });
});

describe('list helpers', () => {
  test.each<[string, () => unknown, unknown]>([
    ['appendAll keeps the order of every source', () => appendAll([1], [2, 3], [], [4]), [1, 2, 3, 4]],
    ['maxOf an empty list is its floor', () => maxOf([], 7), 7],
    ['maxOf', () => maxOf([3, 9, 2]), 9],
    ['maxOf with a floor above every value', () => maxOf([3, 9, 2], 10), 10],
    ['minOf an empty list is Infinity, as Math.min()', () => minOf([]), Infinity],
    ['minOf', () => minOf([3, 9, 2]), 2],
    ['maxOf with NaN is NaN, as Math.max', () => maxOf([1, NaN, 3]), NaN],
  ])('%s', (_, run, expected) => {
    expect(run()).toEqual(expected);
  });

  test(`${MANY.toLocaleString('en')} items: appended, largest and smallest found`, () => {
    const items = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY);
    expect(appendAll([], items, items)).toHaveLength(2 * MANY);
    expect(maxOf(items)).toBe(MANY - 1);
    expect(minOf(items)).toBe(0);
  });
});

test('the text reporter aligns 150,000 findings of one file', () => {
  const findings = Array.from({ length: 150_000 }, (_, i) => ({ ...founded, line: i + 1 }));
  const text = formatText(findings);
  expect(text).toContain('\n  150000:34  error  OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001  founded\n');
  expect(text).toContain('\n       1:34  error  ');
});
