/**
 * GitHub Flavored Markdown as far as prose needs it: tables, footnotes,
 * strikethrough and task lists, without the autolink-literal extension.
 * That extension turns bare `www.` and `https://` addresses into links by
 * looking at every character of text, which doubles remark's parse time on
 * ordinary articles; factlint masks such addresses itself (mask-urls.ts),
 * so it reads the same sentences at half the cost.
 *
 * `tableLines`, when given, says which lines of the document being parsed
 * can hold a table row (table-lines.ts): tables are then tried only there.
 */
import type { Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTableWhereRowsCanBe } from './table-lines.js';

export interface GfmProseOptions {
  /** The marks of the document being parsed, asked at each table attempt. */
  tableLines?: () => Uint8Array;
}

export function remarkGfmProse(this: Processor, options: GfmProseOptions = {}): void {
  const data = this.data();
  const table = options.tableLines ? gfmTableWhereRowsCanBe(options.tableLines) : gfmTable();
  (data.micromarkExtensions ??= []).push(table, gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}
