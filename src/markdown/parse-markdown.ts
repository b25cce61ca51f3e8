/**
 * The one Markdown parse factlint does: CommonMark, YAML front matter, and
 * GFM as far as prose needs it (tables, footnotes, strikethrough and task
 * lists, without autolink literals: see gfm-prose.ts). It is what
 * unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmProse)
 * parses, called without unified's per-call file wrapping, and with tables
 * tried only on the lines that can hold one (table-lines.ts): the tree is
 * the same, at about two thirds of the cost on article prose.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableWhereRowsCanBe } from './table-lines.js';

// In the order remark-frontmatter and remarkGfmProse add them: the order decides which construct is tried first.
const FRONT_MATTER = frontmatter(['yaml']);
const AFTER_TABLE = [gfmFootnote(), gfmStrikethrough(), gfmTaskListItem()];
const TREE_EXTENSIONS = [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown()];

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [FRONT_MATTER, gfmTableWhereRowsCanBe(text), ...AFTER_TABLE], mdastExtensions: TREE_EXTENSIONS });
}
