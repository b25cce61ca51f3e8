/**
 * The one Markdown parse factlint does: unified with remark-parse, YAML
 * front matter, and GFM as far as prose needs it (see gfm-prose.ts), with
 * tables tried only on the lines of the document that can hold one
 * (table-lines.ts): the tree is the one remark gives with every table
 * attempt, at about two thirds of the cost on article prose.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkGfmProse } from './gfm-prose.js';
import { tableMarkLines } from './table-lines.js';

const NO_LINES = new Uint8Array(0);
/** The table marks of the document being parsed: a parse is synchronous, so one at a time per thread. */
let lines: Uint8Array = NO_LINES;
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmProse, { tableLines: () => lines }).freeze();

export function parseMarkdown(text: string): Root {
  lines = tableMarkLines(text);
  try {
    return processor.parse(text) as Root;
  } finally {
    lines = NO_LINES;
  }
}
