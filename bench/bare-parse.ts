/**
 * The floor any Markdown linter pays, run as its own process exactly as
 * `factlint check` is: start node, find the articles, read each one and
 * parse it with unified + remark-parse + front matter, and either the GFM
 * that factlint uses (no autolink literals: `prose`) or full GFM (`gfm`).
 */
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { remarkGfmProse } from '../src/markdown/gfm-prose.js';

const mode = process.argv[2];
if (mode !== 'prose' && mode !== 'gfm') throw new Error('usage: bare-parse prose|gfm');
const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const processor = mode === 'gfm' ? base.use(remarkGfm) : base.use(remarkGfmProse);
let nodes = 0;
for (const file of globSync(['articles/**/*.md'], { cwd: process.cwd() }).sort()) {
  nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
}
process.stdout.write(`${nodes}\n`);
