/**
 * An article's source to the sentences a reader reads, each unit mapped to
 * its source offset, plus the front matter. Pure: the same text always
 * gives the same result, so claims and positions can be tested on strings.
 */
import type { ParsedArticle, Sentence } from '../types.js';
import type { ReadBlock } from './block-walk.js';
import { walkBlocks } from './block-walk.js';
import { splitChunks, type ChunkLimits, CHUNK_LIMITS } from './chunks.js';
import { parseChunk } from './chunk-parse.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { computeLineStarts } from './line-starts.js';
import { maskUrls } from './mask-urls.js';
import { cleanProse } from './clean-prose.js';
import { collectDefinitions, definitionsFor } from './shared-definitions.js';
import { ProseBuilder, SPACE } from './prose-builder.js';
import { splitSentences } from './split-sentences.js';

/** `limits` bounds the chunks remark parses one at a time; tests shrink it to exercise the cuts. */
export function parseArticle(file: string, source: string, limits: ChunkLimits = CHUNK_LIMITS): ParsedArticle {
  const lineStarts = computeLineStarts(source);
  const chunks = splitChunks(source, limits);
  const definitions = collectDefinitions(source, chunks);
  // Sized to the article, up to a bound that keeps a huge article from holding a huge buffer for small blocks.
  const builder = new ProseBuilder(Math.min(source.length, 1 << 16));
  /** Blocks in order; a block cut across chunks is a list of parts, joined once at the end. */
  const blocks: { kind: string; parts: ReadBlock[]; joins: number[] }[] = [];
  let front: FrontMatter = { meta: { about: [] }, problems: [] };

  chunks.forEach((chunk, index) => {
    const parsed = parseChunk(source, chunk, index === 0, definitionsFor(source, chunk, index, definitions));
    const head = parsed.root.children[0];
    if (index === 0 && head?.type === 'yaml' && head.position?.start.offset !== undefined) {
      front = readFrontMatter(head.value, contentStart(source, head.position.start.offset), file, lineStarts);
    }
    let first = true;
    walkBlocks(parsed.root, {
      map: parsed.map,
      builder,
      contentFrom: parsed.contentFrom,
      contentTo: parsed.contentTo,
      emit: (block) => {
        const previous = blocks[blocks.length - 1];
        if (first && chunk.continues && previous && continuesAcross(source, previous.parts[previous.parts.length - 1].end, chunk.start, block.start)) {
          previous.parts.push(block);
          previous.joins.push(joinOffset(source, chunk.start));
        } else blocks.push({ kind: block.kind, parts: [block], joins: [] });
        first = false;
      },
    });
  });

  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    let text = block.parts[0] as { text: string; offsets: Int32Array };
    if (block.parts.length > 1) {
      block.parts.forEach((part, k) => {
        if (k > 0) builder.push(SPACE, block.joins[k - 1]);
        builder.append(part);
      });
      text = builder.take();
    }
    const read = cleanProse(maskUrls(text));
    const spans = block.kind === 'tableRow' ? wholeText(read.text) : splitSentences(read.text);
    for (const [start, end] of spans) {
      const sentence: Sentence = { text: read.text.slice(start, end), offsets: read.offsets.slice(start, end), block: block.kind, blockIndex };
      if (read.ends) sentence.ends = read.ends.slice(start, end);
      const table = block.parts[0].table;
      if (table) sentence.table = { at: table.at, row: table.row, cells: table.cells.map((cell) => cleanProse(maskUrls(cell))) };
      sentences.push(sentence);
    }
  });
  return { file, source, meta: front.meta, problems: front.problems, sentences, lineStarts };
}

/** The first offset of the YAML inside a front matter block that starts at `fence`. */
function contentStart(source: string, fence: number): number {
  let k = fence;
  while (k < source.length && source.charCodeAt(k) !== 10 && source.charCodeAt(k) !== 13) k++;
  return k + (source.charCodeAt(k) === 13 && source.charCodeAt(k + 1) === 10 ? 2 : 1);
}

/** Only line breaks, indentation and `>` between the two parts of a block cut in two. */
function continuesAcross(source: string, previousEnd: number, cut: number, nextStart: number): boolean {
  for (let k = previousEnd; k < nextStart; k++) {
    const c = source.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62) return false;
  }
  return previousEnd <= cut && cut <= nextStart;
}

/** The line break (or the space) just before a cut, where the joining space is read. */
function joinOffset(source: string, cut: number): number {
  if (source.charCodeAt(cut - 1) === 10 && source.charCodeAt(cut - 2) === 13) return cut - 2;
  return Math.max(0, cut - 1);
}

/** A table row is one sentence: its cells are labels and values, not prose to split. */
function wholeText(text: string): [number, number][] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? [[start, end]] : [];
}
