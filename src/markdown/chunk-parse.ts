/**
 * Parses one chunk with remark and says where its offsets fall in the
 * article. The text parsed is a blank line (so that no chunk but the first
 * can be mistaken for front matter), the first lines of the list items
 * the chunk was cut inside, the chunk's prefix when it has one, the chunk,
 * then any link and footnote definitions made elsewhere in the article, so
 * that `[text][label]` resolves as it would in one parse.
 */
import type { Root } from 'mdast';
import type { Chunk } from './chunks.js';
import type { SourceMap } from './inline-prose.js';
import { parseMarkdown } from './parse-markdown.js';

export interface ParsedChunk {
  root: Root;
  map: SourceMap;
  /** The chunk's own part of the parsed text. */
  contentFrom: number;
  contentTo: number;
}

export function parseChunk(source: string, chunk: Chunk, first: boolean, definitions = ''): ParsedChunk {
  const lead = first ? '' : '\n';
  // A blank line after the enclosing items, so that the chunk's first line is never read as going on with their text.
  const context = chunk.context
    ? `${chunk.context.lines.map((r) => source.slice(r.start, r.end)).join('\n')}\n${'>'.repeat(chunk.context.quotes)}\n`
    : '';
  const prefix = chunk.prefix ? source.slice(chunk.prefix.start, chunk.prefix.end) : '';
  const body = source.slice(chunk.start, chunk.end);
  const contentFrom = lead.length + context.length + prefix.length;
  const contentTo = contentFrom + body.length;
  const tail = definitions ? `\n\n${definitions}` : '';
  const root = parseMarkdown(lead + context + prefix + body + tail);
  const prefixStart = chunk.prefix?.start ?? chunk.start;
  const prefixFrom = lead.length + context.length;
  const at = (offset: number): number => {
    if (offset >= contentFrom) return chunk.start + Math.min(offset, contentTo) - contentFrom;
    if (offset >= prefixFrom) return prefixStart + offset - prefixFrom;
    return chunk.start;
  };
  return { root, map: { source, at }, contentFrom, contentTo };
}
