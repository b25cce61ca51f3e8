/**
 * The list items a line stands inside, tracked line by line as the chunker
 * reads. A chunk cut inside a nested list starts with a line such as
 * `      - Nordwind, fondée en 1990`: parsed alone, four spaces or more make
 * it indented code, and every claim down to the next unindented line is
 * lost. Parsing the first line of each enclosing item before the chunk
 * restores the nesting, so the line reads as the list item it is.
 */
import type { LinePrefix } from './line-kinds.js';

export interface LineRange {
  start: number;
  end: number;
}

interface OpenItem extends LineRange {
  quotes: number;
  /** Column where the item's content starts, after its marker. */
  content: number;
}

/** Bounds the text parsed again before each chunk: deeper nesting than this is cut as before. */
const MAX_ITEMS = 32;

/** What a chunk cut inside list items parses before its own text. */
export interface ListLines {
  /** The first line of each enclosing item, outermost first. */
  lines: LineRange[];
  /** Blockquote markers of the line cut at, repeated on the blank line that follows the items. */
  quotes: number;
}

export class ListContext {
  private items: OpenItem[] = [];
  private chars = 0;
  private quotes = 0;

  /**
   * A non-blank line outside code: closes the items it is not inside. A
   * line that goes on with the paragraph above it (`continues`) stays in
   * them, as CommonMark's lazy continuation lines do.
   */
  enter(pre: LinePrefix, continues: boolean): void {
    if (continues) return;
    this.quotes = pre.quotes;
    while (this.items.length > 0) {
      const top = this.items[this.items.length - 1];
      if (top.quotes < pre.quotes || (top.quotes === pre.quotes && top.content <= pre.indent)) break;
      this.items.pop();
      this.chars -= top.end - top.start;
    }
  }

  /** Indentation from which a line is indented code: four columns past the content of the item it is in. */
  codeIndent(pre: LinePrefix): number {
    const top = this.items[this.items.length - 1];
    return top && top.quotes === pre.quotes ? top.content + 4 : 4;
  }

  /** After `enter`: a line `source[from, to)` that opens a list item pushes it. */
  open(source: string, from: number, to: number, pre: LinePrefix): void {
    if (pre.indent >= this.codeIndent(pre)) return;
    const width = markerWidth(source, pre.at, to);
    if (width === 0) return;
    let spaces = 0;
    while (pre.at + width + spaces < to && source.charCodeAt(pre.at + width + spaces) === 32) spaces++;
    const gap = spaces === 0 || spaces > 4 || pre.at + width + spaces === to ? 1 : spaces;
    this.items.push({ start: from, end: to, quotes: pre.quotes, content: pre.indent + width + gap });
    this.chars += to - from;
  }

  /** The items open now; undefined when none, or too many to parse again. */
  lines(maxChars: number): ListLines | undefined {
    if (this.items.length === 0 || this.items.length > MAX_ITEMS || this.chars > maxChars) return undefined;
    return { lines: this.items.map(({ start, end }) => ({ start, end })), quotes: this.quotes };
  }
}

/** Length of a list marker (`-`, `+`, `*`, `1.`, `12)`) at `at` followed by a space, a tab or the line's end; 0 when there is none. */
function markerWidth(source: string, at: number, to: number): number {
  const c = source.charCodeAt(at);
  let k = at;
  if (c === 45 || c === 43 || c === 42) k++;
  else {
    while (k < to && k - at < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
    const mark = source.charCodeAt(k);
    if (k === at || (mark !== 46 && mark !== 41)) return 0;
    k++;
  }
  const after = source.charCodeAt(k);
  return k === to || after === 32 || after === 9 ? k - at : 0;
}
