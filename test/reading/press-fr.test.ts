import { describe, expect, test } from 'vitest';
import { readPressTable } from './press-table.js';

const results = readPressTable('press-fr.tsv', 'fr');

describe('how the French press writes: each sentence read through check()', () => {
  test('the table holds at least 300 sentences across the six built-in attributes', () => {
    expect(results.length).toBeGreaterThanOrEqual(300);
    expect(new Set(results.map((r) => r.row.attribute))).toEqual(new Set(['founded', 'founders', 'headquarters', 'employees', 'ceo', 'revenue']));
  });

  for (const { row, read } of results) {
    test(`${row.at} ${row.attribute}: ${row.sentence}`, () => expect(read).toBe(row.expected));
  }
});
