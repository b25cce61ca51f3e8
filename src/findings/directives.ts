/**
 * Finds the `<!-- factlint-... -->` comments of an article in its raw
 * Markdown, the way a reader of the rendered page would see them: not in
 * front matter, fenced or indented code blocks, or inline code spans. One
 * pass over the lines, each character looked at a bounded number of times,
 * so hostile text stays linear; parseArticle does not expose HTML nodes.
 */

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Attributes named after the keyword; empty means every attribute. */
  attributes: string[];
  /** Source offsets of the whole comment, `<!--` to `-->` inclusive: [start, end). */
  start: number;
  end: number;
  text: string;
}

export interface DirectiveIssue {
  start: number;
  message: string;
}

/** Any case, as HTML comments and markdownlint's directives are read: `FACTLINT-DISABLE` works too. */
const DIRECTIVE = /^factlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)\s*([\s\S]*)$/i;
const KNOWN = 'factlint-disable-next-line, factlint-disable-line, factlint-disable-file, factlint-disable or factlint-enable';
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines as CommonMark breaks them (LF, CRLF or a lone CR), so line numbers agree with positionAt. */
function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let k = 0; k <= source.length; k++) {
    const c = source.charCodeAt(k);
    if (k < source.length && c !== 10 && c !== 13) continue;
    lines.push({ start, end: k, text: source.slice(start, k) });
    if (c === 13 && source.charCodeAt(k + 1) === 10) k++;
    start = k + 1;
  }
  return lines;
}

/** Leading whitespace width, a tab counting as four columns. */
function indentOf(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

export function scanDirectives(source: string): { directives: Directive[]; issues: DirectiveIssue[] } {
  const directives: Directive[] = [];
  const issues: DirectiveIssue[] = [];
  if (!/factlint-/i.test(source)) return { directives, issues };
  const lines = linesOf(source);
  let i = 0;
  if (/^---[ \t]*$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.text));
    if (close > 0) i = close + 1;
  }
  let fence: { char: string; length: number } | undefined;
  /** Where an HTML comment that runs over several lines ends (Infinity: at the end of the file). */
  let commentEnd = -1;
  let prevBlank = true;
  let inList = false;
  let indentedCode = false;

  const comment = (start: number, end: number) => {
    const body = source.slice(start + 4, end - 3).trim();
    const m = DIRECTIVE.exec(body);
    if (!m) {
      if (/^factlint-/i.test(body)) issues.push({ start, message: `unknown directive "${body.split(/\s/)[0]}": expected ${KNOWN}` });
      return;
    }
    const attributes = m[2].split(/[\s,]+/).filter(Boolean).map((a) => a.toLowerCase());
    directives.push({ kind: m[1].toLowerCase() as DirectiveKind, attributes, start, end, text: source.slice(start, end) });
  };

  /**
   * Reads one line of prose from `from`: code spans skipped, comments read.
   * Returns where a comment left open at the end of the line closes, or -1.
   */
  const prose = (line: Line, from: number): number => {
    const text = source.slice(line.start, line.end);
    const nextRun = backtickRuns(text);
    let k = from - line.start;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '`') {
        let n = 1;
        while (text[k + n] === '`') n++;
        const close = nextRun(n, k + n);
        k = close >= 0 ? close + n : k + n;
      } else if (ch === '<' && text.startsWith('<!--', k)) {
        const start = line.start + k;
        const empty = text.startsWith('<!-->', k) ? 5 : text.startsWith('<!--->', k) ? 6 : 0;
        if (empty) {
          k += empty;
          continue;
        }
        const found = source.indexOf('-->', start + 4);
        const end = found < 0 ? Infinity : found + 3;
        if (end > line.end) {
          if (end !== Infinity) comment(start, end);
          return end;
        }
        comment(start, end);
        k = end - line.start;
      } else k++;
    }
    return -1;
  };

  for (; i < lines.length; i++) {
    const line = lines[i];
    if (commentEnd >= 0) {
      if (commentEnd > line.end) continue;
      const resume = commentEnd;
      commentEnd = -1;
      commentEnd = prose(line, resume);
      continue;
    }
    const bare = line.text.replace(/^[ \t]*(?:>[ \t]?)*[ \t]*/, '');
    const indent = indentOf(line.text);
    if (fence) {
      const m = FENCE.exec(bare);
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && m[2].trim() === '') fence = undefined;
      continue;
    }
    if (bare === '') {
      prevBlank = true;
      continue;
    }
    const afterBlank = prevBlank;
    prevBlank = false;
    if (indentedCode && indent >= 4) continue;
    indentedCode = indent >= 4 && afterBlank && !inList;
    if (indentedCode) continue;
    const open = FENCE.exec(bare);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      continue;
    }
    if (indent < 4 && LIST_ITEM.test(bare)) inList = true;
    else if (indent === 0 && afterBlank) inList = false;
    commentEnd = prose(line, line.start);
  }
  return { directives, issues };
}

/**
 * For one line: the start of the next run of exactly `n` backticks at or
 * after a position, or -1. One cursor per run length that only moves
 * forward, so a line of many unmatched runs is still read in linear time.
 */
function backtickRuns(text: string): (n: number, from: number) => number {
  const runs = new Map<number, number[]>();
  for (let k = 0; k < text.length; ) {
    if (text[k] !== '`') {
      k++;
      continue;
    }
    let n = 1;
    while (text[k + n] === '`') n++;
    const list = runs.get(n) ?? [];
    list.push(k);
    runs.set(n, list);
    k += n;
  }
  const cursor = new Map<number, number>();
  return (n, from) => {
    const list = runs.get(n);
    if (!list) return -1;
    let c = cursor.get(n) ?? 0;
    while (c < list.length && list[c] < from) c++;
    cursor.set(n, c);
    return c < list.length ? list[c] : -1;
  };
}
