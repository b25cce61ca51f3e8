import { describe, expect, it } from 'vitest';
import { TransitionTable } from '../../src/entities/transition-table.js';

/** Adds `edges`, then reads every one back, a few that are absent, and the full list. */
function expectHolds(table: TransitionTable, edges: [number, number, number][]): void {
  for (const [node, letter, target] of edges) table.add(node, letter, target);
  expect(table.size).toBe(edges.length);
  for (const [node, letter, target] of edges) expect(table.get(node, letter)).toBe(target);
  const listed: [number, number, number][] = [];
  table.forEach((node, letter, target) => listed.push([node, letter, target]));
  const order = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1];
  expect(listed.sort(order)).toEqual([...edges].sort(order));
}

describe('TransitionTable', () => {
  it('finds each of 5,000 transitions after growing from 16 slots, and -1 for those never added', () => {
    const letters = 40;
    const table = new TransitionTable(letters, 5_001);
    const edges: [number, number, number][] = Array.from({ length: 5_000 }, (_, i) => [Math.floor(i / 3), (i * 7) % letters, i + 1]);
    expectHolds(table, edges);
    expect(table.get(0, 1)).toBe(-1);
    expect(table.get(4_999, 39)).toBe(-1);
  });

  it('keeps exact keys when nodes x letters pass 2^31, including keys that share their low 32 bits', () => {
    const letters = 65_535;
    const table = new TransitionTable(letters, 2 ** 20);
    const shared = 2 ** 32 / letters;
    // 65,537 * 65,535 = 2^32 - 1: node 65,537 letter 2 has key 2^32 + 1, whose low 32 bits are node 0 letter 1's (and so on).
    const edges: [number, number, number][] = [[0, 1, 1], [65_537, 2, 2], [131_074, 3, 3], [1_000_000, 65_534, 4], [Math.floor(shared), 0, 5], [0, 65_534, 6]];
    expectHolds(table, edges);
    expect(table.get(65_537, 1)).toBe(-1);
    expect(table.get(1_000_000, 65_533)).toBe(-1);
  });
});
