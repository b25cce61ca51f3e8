import { describe, expect, test } from 'vitest';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkGfmProse } from '../../src/markdown/gfm-prose.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { tableMarkLines } from '../../src/markdown/table-lines.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmProse);

function tables(node: Nodes): number {
  return (node.type === 'table' ? 1 : 0) + ('children' in node ? node.children.reduce((n: number, child: Nodes) => n + tables(child), 0) : 0);
}

describe('parseMarkdown reads the tree remark reads, tables included', () => {
  test.each([
    ['prose only', 'Acme hires.\nVeloria grows.\n\nNordwind: a note.', 0],
    ['a table with pipes on every row', '| Year | Staff |\n| --- | --- |\n| 2024 | 150 |', 1],
    ['a header without pipes over a delimiter with one', 'Staff\n|-\n150', 1],
    ['a header and delimiter with colons only', 'Staff\n:--\n150', 1],
    ['a right-aligned delimiter with no pipe', 'Staff\n--:\n150', 1],
    ['rows without pipes go on with the table', '| Year | Staff |\n|---|---|\n2024\n2023 | 140\n\nAfter.', 1],
    ['a table right under a paragraph', 'Acme figures:\n| Year | Staff |\n|---|---|\n| 2024 | 150 |', 1],
    ['a table in a quote and in a list item', '> | a | b |\n> | - | - |\n> | 1 | 2 |\n\n- | c | d |\n  | - | - |\n  | 3 | 4 |', 2],
    ['a lazy line after a quoted header is no delimiter', '> | a | b |\n| - | - |', 0],
    ['a thematic break and a setext heading are no delimiters', 'Cyclon\n---\n\nVeloria\n===\n\n---', 0],
    ['pipes in code and escaped', 'Ratio `a|b` and a \\| b.\n\n| `x\\|y` | z |\n| - | - |', 1],
    ['a colon against a dash in prose', 'Score 3:-1 for Acme -: fine.\nNext line.', 0],
    ['CRLF and lone CR line endings', '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\rText\r| c |\r| - |', 2],
    ['front matter then a table', '---\ntitle: Acme\n---\n| a |\n| - |', 1],
  ])('%s', (_, source, count) => {
    const tree = parseMarkdown(source);
    expect(tree).toEqual(remark.parse(source));
    expect(tables(tree)).toBe(count);
  });

  test('the same tree on 1,000 documents built from table-like and block-starting lines', () => {
    const lines = [
      '| a | b |', '| - | - |', ':-', '-:', 'a | b', '|-', '-|-', '---', '===', '- a', '- | a |', '1. c', '> q', '> | a |', '> | - |',
      '    code | x', '```', '<div>', '', '', 'Plain prose.', 'Prose, more.', '[a]: http://x', 'See [a].', '- [ ] task', '\\| escaped', '  | x |', '   | - |',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 16) % n;
    };
    let differ = 0;
    let withTables = 0;
    for (let k = 0; k < 1000; k++) {
      const source = Array.from({ length: 1 + next(10) }, () => lines[next(lines.length)]).join(next(6) === 0 ? '\r\n' : '\n');
      const tree = parseMarkdown(source);
      if (JSON.stringify(tree) !== JSON.stringify(remark.parse(source))) differ++;
      if (tables(tree) > 0) withTables++;
    }
    expect(differ).toBe(0);
    expect(withTables).toBeGreaterThan(100);
  });
});

describe('tableMarkLines marks the lines that can hold a header or delimiter row', () => {
  test.each([
    ['no marks', 'Acme hires.\nVeloria grows.', []],
    ['a pipe, a colon before and after a dash', 'a | b\nplain\n:--\nx\n--:', [1, 3, 5]],
    ['a colon alone and a dash alone are no marks', 'Note: yes\n- item\n10 - 2', []],
    ['CRLF and a lone CR each end one line', 'a\r\nb |\rc\n|', [2, 4]],
  ])('%s', (_, text, lines) => {
    const marked = tableMarkLines(text);
    expect([...marked.keys()].filter((line) => marked[line] === 1)).toEqual(lines);
  });
});
