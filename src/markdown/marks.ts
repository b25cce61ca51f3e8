/**
 * What makes remark work hard: the characters that can open or close
 * inline constructs, and the container markers that start a line. Counting
 * them bounds each chunk's share of remark's nested (quadratic) work.
 * Container markers weigh more, as each one nests a level that remark
 * revisits on every line; a `-` inside a line (a dash, a table's
 * delimiter row) is only text.
 */

// A table row's pipes count too: remark's table extension is quadratic in the cells of one row.
const INLINE_MARKS = new Set([42, 95, 126, 91, 93, 96, 60, 62, 38, 92, 64, 124]); // * _ ~ [ ] ` < > & \ @ |
const QUOTE_WEIGHT = 4;
const LIST_WEIGHT = 8;

/** End of the blockquote and list markers (and their spaces) that open the line at `from`. */
export function leadingMarkers(source: string, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const c = source.charCodeAt(k);
    if (c === 32 || c === 9 || c === 62) {
      k++;
      continue;
    }
    let d = k;
    while (d < to && d - k < 9 && isDigit(source.charCodeAt(d))) d++;
    const marker = d > k ? source.charCodeAt(d) === 46 || source.charCodeAt(d) === 41 : c === 45 || c === 43 || c === 42;
    const end = d > k ? d + 1 : k + 1;
    if (!marker || (end < to && !isBlank(source.charCodeAt(end)))) break;
    k = end;
  }
  return k;
}

/** Weight of `source[k]`: a container marker when `lead` (the line's opening markers), else inline markup. */
export function markWeight(source: string, k: number, lead: boolean): number {
  const c = source.charCodeAt(k);
  if (!lead) return INLINE_MARKS.has(c) ? 1 : 0;
  if (c === 62) return QUOTE_WEIGHT;
  if (c === 45 || c === 43 || c === 42) return LIST_WEIGHT;
  return (c === 46 || c === 41) && isDigit(source.charCodeAt(k - 1)) ? LIST_WEIGHT : 0;
}

/** Weight of the line `source[from, to)`. */
export function lineWeight(source: string, from: number, to: number): number {
  const lead = leadingMarkers(source, from, to);
  let weight = 0;
  for (let k = from; k < to; k++) weight += markWeight(source, k, k < lead);
  return weight;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
