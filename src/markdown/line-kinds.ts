/**
 * Just enough of CommonMark's line grammar to know, without parsing, where
 * an article can be cut: whether a line opens or closes a code fence or a
 * raw HTML block, is a table's delimiter row, or starts a new block. Each
 * test reads the line once, so the chunker stays linear.
 */

export interface LinePrefix {
  /** First offset after blockquote markers and indentation. */
  at: number;
  /** Number of `>` markers. */
  quotes: number;
  /** Columns of indentation after the last `>`. */
  indent: number;
}

export function linePrefix(source: string, from: number, to: number): LinePrefix {
  let at = from;
  let quotes = 0;
  let indent = 0;
  while (at < to) {
    const c = source.charCodeAt(at);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else if (c === 62) {
      quotes++;
      indent = 0;
    } else break;
    at++;
  }
  return { at, quotes, indent };
}

export interface Fence {
  char: number;
  length: number;
}

/** A fence opener (``` or ~~~) at `at`; a backtick fence's info string cannot hold a backtick. */
export function fenceAt(source: string, at: number, to: number): Fence | undefined {
  const char = source.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let k = at;
  while (k < to && source.charCodeAt(k) === char) k++;
  if (k - at < 3) return undefined;
  const length = k - at;
  if (char === 96) for (; k < to; k++) if (source.charCodeAt(k) === 96) return undefined;
  return { char, length };
}

export function closesFence(source: string, at: number, to: number, fence: Fence): boolean {
  let k = at;
  while (k < to && source.charCodeAt(k) === fence.char) k++;
  if (k - at < fence.length) return false;
  while (k < to && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9)) k++;
  return k === to;
}

const RAW_OPENERS: [RegExp, string][] = [
  [/<(script|pre|style|textarea)(?=[\s>]|$)/iy, ''],
  [/<!--/y, '-->'],
  [/<\?/y, '?>'],
  [/<!\[CDATA\[/y, ']]>'],
  [/<![A-Za-z]/y, '>'],
];

/**
 * The text that ends the raw HTML block (script, pre, comment...) opened at
 * `at`, when that block runs past blank lines; undefined otherwise.
 */
export function rawHtmlEnd(source: string, at: number): string | undefined {
  for (const [opener, end] of RAW_OPENERS) {
    opener.lastIndex = at;
    const m = opener.exec(source);
    if (m) return end || `</${m[1].toLowerCase()}>`;
  }
  return undefined;
}

/** Whether `source[from, to)` holds `marker`, ignoring case. */
export function lineHas(source: string, from: number, to: number, marker: string): boolean {
  return source.slice(from, to).toLowerCase().includes(marker);
}

/** A GFM delimiter row such as `| --- | :---: |`. */
export function isDelimiterRow(source: string, at: number, to: number): boolean {
  let dashes = 0;
  for (let k = at; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c === 45) dashes++;
    else if (c !== 124 && c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dashes > 0;
}

/** A line that starts a block of its own (heading, list item, fence, table, HTML) rather than continuing a paragraph. */
export function startsBlock(source: string, at: number, to: number): boolean {
  const c = source.charCodeAt(at);
  if (c === 35 /* # */ || c === 124 /* | */ || c === 60 /* < */) return true;
  if (fenceAt(source, at, to)) return true;
  const next = source.charCodeAt(at + 1);
  if ((c === 45 || c === 43 || c === 42) && (next === 32 || next === 9 || at + 1 === to)) return true;
  let k = at;
  while (k < to && k - at < 10 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
  const after = source.charCodeAt(k);
  return k > at && (after === 46 || after === 41) && (source.charCodeAt(k + 1) === 32 || k + 1 === to);
}
