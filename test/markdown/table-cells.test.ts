import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/markdown/index.js';

function cellsOf(source: string) {
  return parseArticle('a.md', source)
    .sentences.filter((s) => s.table)
    .map((s) => ({ at: s.table!.at, row: s.table!.row, cells: s.table!.cells.map((c) => [c.text, c.text ? source.slice(c.offsets[0], c.offsets[c.offsets.length - 1] + 1) : '']) }));
}

describe('a table row carries its cells, each mapped to its source', () => {
  test('one entry per header column, trimmed, emphasis flattened; an empty cell is empty; cells past the header are dropped', () => {
    const source = 'Intro.\n\n| Year | **Sales** (€m) | Staff |\n|---|---|---|\n| 2024 |  480 | |\n| 2023 | 415 | 1 200 | extra |\n';
    expect(cellsOf(source)).toEqual([
      { at: 8, row: 0, cells: [['Year', 'Year'], ['Sales (€m)', 'Sales** (€m)'], ['Staff', 'Staff']] },
      { at: 8, row: 1, cells: [['2024', '2024'], ['480', '480'], ['', '']] },
      { at: 8, row: 2, cells: [['2023', '2023'], ['415', '415'], ['1 200', '1 200']] },
    ]);
  });

  test('two tables are told apart by where they start', () => {
    const source = '| A | B |\n|---|---|\n| 1 | 2 |\n\n| C | D |\n|---|---|\n| 3 | 4 |\n';
    expect(cellsOf(source).map((r) => `${r.at}:${r.row}`)).toEqual(['0:0', '0:1', '31:0', '31:1']);
  });
});
