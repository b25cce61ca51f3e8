/**
 * Inline Markdown to the words a reader reads. Emphasis, links and
 * references are read through, so `fondée en **1999**` reads as a claim;
 * code, images, footnote marks, autolinks and unknown HTML become one
 * U+FFFC, so the words on either side are never joined into a new one.
 */
import type { PhrasingContent } from 'mdast';
import { appendAligned } from './align-value.js';
import { OBJECT, type ProseBuilder, SPACE } from './prose-builder.js';

/** Where a parsed chunk's offsets fall in the article. */
export interface SourceMap {
  source: string;
  /** Article offset of an offset in the text remark parsed. */
  at(offset: number): number;
}

/** Tags that only style the words inside them: read through, like emphasis. */
const STYLE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'time', 'tt', 'u',
]);
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

export function appendInline(nodes: readonly PhrasingContent[], map: SourceMap, out: ProseBuilder): void {
  for (const node of nodes) {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) continue;
    const start = map.at(pos.start.offset);
    const end = map.at(pos.end.offset);
    switch (node.type) {
      case 'text':
        appendAligned(node.value, map.source, start, end, out);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        appendInline(node.children, map, out);
        break;
      case 'link':
        // `<https://…>` and bare URLs show the address, not words.
        if (map.source.charCodeAt(start) === 91 /* [ */) appendInline(node.children, map, out);
        else out.push(OBJECT, start);
        break;
      case 'break':
        out.push(SPACE, lineBreakIn(map.source, start, end));
        break;
      case 'html':
        appendHtml(node.value, start, out);
        break;
      default:
        out.push(OBJECT, start);
    }
  }
}

function appendHtml(value: string, start: number, out: ProseBuilder): void {
  const name = TAG_NAME.exec(value)?.[1]?.toLowerCase();
  if (name === 'br') out.push(SPACE, start);
  else if (name === undefined || !STYLE_TAGS.has(name)) out.push(OBJECT, start);
}

/** Offset of the line ending inside a hard break (`  \n` or `\\\n`). */
function lineBreakIn(source: string, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const c = source.charCodeAt(k);
    if (c === 10 || c === 13) return k;
  }
  return start;
}
