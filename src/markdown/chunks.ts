/**
 * remark is quadratic on some inputs: one paragraph of thousands of lines,
 * thousands of nested emphasis markers or brackets, deep blockquotes (and
 * it overflows the stack on deep lists). Parsing the article in chunks that
 * each hold a bounded amount of markup keeps the whole linear. Cuts are
 * made where they change nothing: at a blank line before a line that starts
 * at column 0, outside code fences and raw HTML. Only a block too large for
 * one chunk is cut inside; the next chunk then gets the text that restores
 * its state (a table's header rows, a fence opener), or says that its first
 * block goes on with the previous one.
 */
import { leadingMarkers, lineWeight, markWeight } from './marks.js';
import { closesFence, type Fence, fenceAt, isDelimiterRow, lineHas, linePrefix, rawHtmlEnd, startsBlock } from './line-kinds.js';
import { ListContext, type ListLines } from './list-context.js';

interface Range {
  start: number;
  end: number;
}

export interface Chunk extends Range {
  /** Source parsed before the chunk so it reads in the state it was cut in. */
  prefix?: Range;
  /** The first lines of the list items the cut fell inside, parsed before the prefix so the chunk keeps its nesting. */
  context?: ListLines;
  /** The cut fell inside a paragraph: the first block goes on with the previous chunk's last. */
  continues: boolean;
  /** A line may define a link or footnote label, which the whole article can use. */
  defines: boolean;
}

export interface ChunkLimits {
  /** Past this many characters, cut at the next harmless place. */
  soft: number;
  /** Never more than this in a chunk, unless a single character is more. */
  chars: number;
  lines: number;
  /** Markup characters (`*`, `[`, `>`...), the source of remark's nested work. */
  marks: number;
}

export const CHUNK_LIMITS: ChunkLimits = { soft: 4096, chars: 32768, lines: 256, marks: 256 };

export function splitChunks(source: string, limits: ChunkLimits = CHUNK_LIMITS): Chunk[] {
  const n = source.length;
  // A short article with little markup is one chunk: a quick count replaces the line-by-line walk.
  if (n <= limits.soft && roughMarks(source, limits.marks) <= limits.marks) return [{ start: 0, end: n, continues: false, defines: false }];
  const chunks: Chunk[] = [];
  let current: Chunk = { start: 0, end: n, continues: false, defines: false };
  let chars = 0;
  let lines = 0;
  let marks = 0;
  let fence: (Fence & { quotes: number; indent: number; line: Range }) | undefined;
  let raw: { end: string; line: Range } | undefined;
  let table: Range | undefined;
  let prevBlank = true;
  let prevQuotes = 0;
  let prevLine: Range = { start: 0, end: 0 };

  let codeIndent: Range | undefined;
  const list = new ListContext();

  const cut = (at: number, continues: boolean, inLine = false): void => {
    current.end = at;
    chunks.push(current);
    // Inside an indented code line, the rest of the line stays code behind the same indentation.
    const prefix = fence?.line ?? raw?.line ?? table ?? (inLine ? codeIndent : undefined);
    const context = inLine ? undefined : list.lines(limits.chars / 8);
    current = { start: at, end: n, prefix, context, continues: continues && !prefix, defines: false };
    if (!context) delete current.context;
    chars = lines = marks = 0;
  };

  /** A line longer than a chunk: cut it after whitespace, or anywhere when it has none. */
  const cutInside = (from: number, to: number): void => {
    let boundary = -1;
    const lead = leadingMarkers(source, from, to);
    for (let k = from; k < to; k++) {
      if (k > current.start && isSpace(source.charCodeAt(k - 1)) && !isSpace(source.charCodeAt(k))) boundary = k;
      chars++;
      marks += markWeight(source, k, k < lead);
      if ((chars > limits.chars || marks > limits.marks) && k > current.start) {
        let at = boundary > current.start ? boundary : k;
        if (isLowSurrogate(source.charCodeAt(at)) && at - 1 > current.start) at--;
        cut(at, true, true);
        k = at - 1;
        boundary = -1;
      }
    }
  };

  for (let ls = frontMatterEnd(source); ls < n; ) {
    let ce = ls;
    while (ce < n && source.charCodeAt(ce) !== 10 && source.charCodeAt(ce) !== 13) ce++;
    const le = ce === n ? n : source.charCodeAt(ce) === 13 && source.charCodeAt(ce + 1) === 10 ? ce + 2 : ce + 1;
    const pre = linePrefix(source, ls, ce);
    const blank = pre.at === ce;
    if (fence && !blank && (pre.quotes < fence.quotes || ((fence.quotes > 0 || fence.indent > 0) && pre.indent < fence.indent))) {
      fence = undefined;
    }
    const delimiter = !fence && !raw && !table && !prevBlank && isDelimiterRow(source, pre.at, ce) && lineHas(source, prevLine.start, prevLine.end, '|');
    const lineMarks = lineWeight(source, ls, ce) + (pre.indent >> 2);
    const wasCode = codeIndent !== undefined;
    const prose = !fence && !raw && !blank;
    if (prose) list.enter(pre, !prevBlank && !wasCode && !startsBlock(source, pre.at, ce));
    codeIndent = prose && pre.quotes === 0 && pre.indent >= list.codeIndent(pre) && (prevBlank || wasCode) ? { start: ls, end: pre.at } : undefined;

    if (ls > current.start) {
      const atColumnZero = !blank && !isSpace(source.charCodeAt(ls));
      if (prevBlank && atColumnZero && !fence && !raw && chars >= limits.soft) cut(ls, false);
      else if (!delimiter && (chars + le - ls > limits.chars || lines >= limits.lines || marks + lineMarks > limits.marks)) {
        cut(ls, !prevBlank && !blank && pre.quotes === prevQuotes && !startsBlock(source, pre.at, ce));
      }
    }
    if (le - ls > limits.chars || lineMarks > limits.marks) cutInside(ls, le);
    else {
      chars += le - ls;
      marks += lineMarks;
    }
    lines++;

    if (prose && !codeIndent) list.open(source, ls, ce, pre);
    if (fence) {
      if (closesFence(source, pre.at, ce, fence)) fence = undefined;
    } else if (raw) {
      if (lineHas(source, ls, ce, raw.end)) raw = undefined;
    } else if (!blank && pre.indent < 4) {
      const opened = fenceAt(source, pre.at, ce);
      if (opened) fence = { ...opened, quotes: pre.quotes, indent: pre.indent, line: { start: ls, end: le } };
      else if (pre.quotes === 0) {
        const end = rawHtmlEnd(source, pre.at);
        if (end && !lineHas(source, pre.at + 2, ce, end)) raw = { end, line: { start: ls, end: le } };
      }
    }
    if (blank) table = undefined;
    else if (delimiter) table = { start: prevLine.start, end: le };
    if (!blank && source.charCodeAt(pre.at) === 91 && lineHas(source, pre.at, ce, ']:')) current.defines = true;
    prevBlank = blank;
    prevQuotes = pre.quotes;
    prevLine = { start: ls, end: ce };
    ls = le;
  }
  chunks.push(current);
  return chunks;
}

/** End of a YAML front matter block at the very start, or 0: it is never cut. */
function frontMatterEnd(source: string): number {
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(source);
  if (!open) return 0;
  const close = /^---[ \t]*(\r\n|\r|\n|$)/gm;
  close.lastIndex = open[0].length;
  const m = close.exec(source);
  return m ? m.index + m[0].length : 0;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * An upper bound of the markup weight of `source`, stopping past `limit`:
 * a container marker (`>`, `-`, `+`, `*`, `1.`) is counted wherever it could
 * open a container (after a line break, a space or another `>`), inline
 * markup everywhere. A hyphen inside a word is only text.
 */
function roughMarks(source: string, limit: number): number {
  let weight = 0;
  for (let k = 0; k < source.length && weight <= limit; k++) {
    const c = source.charCodeAt(k);
    const before = k > 0 ? source.charCodeAt(k - 1) : 10;
    const opens = before === 10 || before === 13 || before === 32 || before === 9 || before === 62;
    if (c === 62 || c === 45 || c === 43) weight += opens ? 8 : 0;
    else if (c === 42) weight += opens ? 8 : 1;
    else if (c === 95 || c === 126 || c === 91 || c === 93 || c === 96 || c === 60 || c === 38 || c === 92 || c === 64) weight += 1;
    else if ((c === 46 || c === 41) && before >= 48 && before <= 57 && source.charCodeAt(k + 1) === 32) weight += 8;
  }
  return weight;
}
