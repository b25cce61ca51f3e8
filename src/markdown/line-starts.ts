/**
 * Offsets to line and column, as editors and CI annotations count them.
 * Line breaks are those CommonMark knows (LF, CRLF, a lone CR), so a line
 * number agrees with the one remark puts on its nodes.
 */

/** Start offset of each line of `source`; the first line starts at 0. */
export function computeLineStarts(source: string): number[] {
  const starts = [0];
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * 1-based line and column of a source offset. The column counts UTF-16
 * units, as the offsets do, plus one. A binary search keeps it cheap when a
 * caller asks for every finding of a long article.
 */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  const at = Math.max(0, offset);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: at - lineStarts[lo] + 1 };
}
