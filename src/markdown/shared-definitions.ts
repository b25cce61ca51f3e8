/**
 * Link and footnote definitions hold for the whole article, wherever they
 * are written, but each chunk is parsed alone: a chunk that uses a label
 * defined in another gets that definition appended, so `[text][label]`
 * and `[^1]` read as they would in one parse.
 */
import type { Chunk } from './chunks.js';
import { parseChunk } from './chunk-parse.js';

/** A definition made in one chunk, for the others that use its label. */
export interface SharedDefinition {
  chunk: number;
  /** Normalised label, `^` first for a footnote. */
  key: string;
  text: string;
}

/** Longest label looked for, as CommonMark bounds them. */
const MAX_LABEL = 999;

/**
 * The definitions of the chunks that may hold one. Bounded: past a few
 * kilobytes of definitions (a hostile article), labels resolve within
 * their own chunk only.
 */
export function collectDefinitions(source: string, chunks: readonly Chunk[], limit = 8192): SharedDefinition[] {
  const found: SharedDefinition[] = [];
  let total = 0;
  for (let index = 0; index < chunks.length && total <= limit; index++) {
    if (!chunks[index].defines) continue;
    const parsed = parseChunk(source, chunks[index], index === 0);
    for (const node of parsed.root.children) {
      if (node.type !== 'definition' && node.type !== 'footnoteDefinition') continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || start < parsed.contentFrom) continue;
      const text = source.slice(parsed.map.at(start), parsed.map.at(end));
      total += text.length;
      found.push({ chunk: index, key: labelKey(node.label ?? node.identifier, node.type === 'footnoteDefinition'), text });
    }
  }
  return total > limit ? [] : found;
}

/** The definitions made elsewhere whose labels `chunk` uses, as text to append to it. */
export function definitionsFor(source: string, chunk: Chunk, index: number, definitions: readonly SharedDefinition[]): string {
  const elsewhere = definitions.filter((d) => d.chunk !== index);
  if (elsewhere.length === 0) return '';
  const used = labelsIn(source, chunk.start, chunk.end);
  return elsewhere
    .filter((d) => used.has(d.key))
    .map((d) => d.text)
    .join('\n\n');
}

/** Every `[label]` in `source[from, to)`, by key; one pass, as each scan stops at the next bracket. */
function labelsIn(source: string, from: number, to: number): Set<string> {
  const labels = new Set<string>();
  for (let k = from; k < to; k++) {
    if (source.charCodeAt(k) !== 91 /* [ */) continue;
    let j = k + 1;
    while (j < to && j - k <= MAX_LABEL && source[j] !== ']' && source[j] !== '[') j++;
    if (source[j] === ']' && j < to) {
      const label = source.slice(k + 1, j);
      labels.add(label.startsWith('^') ? labelKey(label.slice(1), true) : labelKey(label, false));
    }
    k = j - 1;
  }
  return labels;
}

/** CommonMark's label matching: case and runs of whitespace do not matter. */
function labelKey(label: string, footnote: boolean): string {
  const key = label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
  return footnote ? `^${key}` : key;
}
