import { describe, expect, it } from 'vitest';
import { computeLineStarts, positionAt } from '../../src/markdown/index.js';

describe('computeLineStarts', () => {
  it.each([
    ['', [0]],
    ['abc', [0]],
    ['a\nb\n', [0, 2, 4]],
    ['a\r\nb', [0, 3]],
    ['a\rb\r\n\nc', [0, 2, 5, 6]],
  ])('%j', (source, starts) => {
    expect(computeLineStarts(source)).toEqual(starts);
  });
});

describe('positionAt', () => {
  const source = 'un\ndeux\r\ntrois 😀 1999\n';
  const starts = computeLineStarts(source);
  it.each([
    [0, '1:1'],
    [2, '1:3'],
    [3, '2:1'],
    [source.indexOf('trois'), '3:1'],
    // The emoji is two UTF-16 units: 1999 is at column 10.
    [source.indexOf('1999'), '3:10'],
    [source.length, '4:1'],
    [-5, '1:1'],
  ])('offset %i is %s', (offset, expected) => {
    const { line, column } = positionAt(starts, offset);
    expect(`${line}:${column}`).toBe(expected);
  });

  it('finds the line of every offset of a long text by binary search', () => {
    const long = 'ligne\n'.repeat(100_000);
    const ls = computeLineStarts(long);
    expect(positionAt(ls, 6 * 54_321 + 2)).toEqual({ line: 54_322, column: 3 });
  });
});
