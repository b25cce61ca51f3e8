/**
 * The blocks of a parsed chunk that hold prose, in document order, each
 * read into one text: paragraphs and headings, and the paragraphs inside
 * list items, blockquotes and footnote definitions (named after the
 * innermost container, since a claim in a quote is read differently), and
 * table rows. Code, HTML, front matter, definitions and rules are skipped.
 */
import type { Nodes, Root } from 'mdast';
import { appendInline, type SourceMap } from './inline-prose.js';
import type { ProseBuilder, ProseText } from './prose-builder.js';
import { readTable, type RowCells } from './table-rows.js';

export interface ReadBlock extends ProseText {
  kind: string;
  /** Article offsets of the block's node. */
  start: number;
  end: number;
  /** A table row's cells. */
  table?: RowCells;
}

export interface WalkContext {
  map: SourceMap;
  builder: ProseBuilder;
  /** The part of the parsed text that is the chunk's own (not a copied prefix nor appended definitions). */
  contentFrom: number;
  contentTo: number;
  emit(block: ReadBlock): void;
}

export function walkBlocks(root: Root, ctx: WalkContext): void {
  for (const child of root.children) {
    const pos = child.position;
    if (!pos || pos.end.offset === undefined || pos.start.offset === undefined) continue;
    if (pos.end.offset <= ctx.contentFrom || pos.start.offset >= ctx.contentTo) continue;
    visit(child, 'paragraph', ctx);
  }
}

function visit(node: Nodes, kind: string, ctx: WalkContext): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      // The enclosing list items parsed again before a chunk (chunk-parse.ts) were read with the chunk before.
      if ((node.position?.end.offset ?? 0) <= ctx.contentFrom) break;
      appendInline(node.children, ctx.map, ctx.builder);
      emitNode(node, node.type === 'heading' ? 'heading' : kind, ctx.builder.take(), ctx);
      break;
    }
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      for (const child of node.children) visit(child, node.type, ctx);
      break;
    case 'list':
      for (const child of node.children) visit(child, 'listItem', ctx);
      break;
    case 'table':
      readTable(
        node,
        ctx.map,
        ctx.builder,
        (r) => (node.children[r].position?.start.offset ?? -1) >= ctx.contentFrom,
        (text, start, end, table) => ctx.emit({ kind: 'tableRow', ...text, start, end, table }),
      );
      break;
    default:
  }
}

function emitNode(node: Nodes, kind: string, text: ProseText, ctx: WalkContext): void {
  const pos = node.position;
  if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
  ctx.emit({ kind, ...text, start: ctx.map.at(pos.start.offset), end: ctx.map.at(pos.end.offset) });
}
