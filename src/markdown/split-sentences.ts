/**
 * A block's text cut into sentences, French and English alike: after `.`,
 * `!`, `?` or `…` (and any closing quotes or brackets) that whitespace and
 * then a capital, a digit or an opening quote follow. Not after an
 * abbreviation or an initial, and never inside a number (`275.3`, `7,6700`),
 * since a period with no space after it ends nothing.
 */
import { isAbbreviationAt } from './abbreviations.js';
import { isWhitespace } from './chars.js';

const TERMINATORS = '.!?…';
const [PERIOD, BANG, QUESTION, ELLIPSIS] = [...TERMINATORS].map((ch) => ch.charCodeAt(0));
/** Closing marks; a straight quote closes only when it touches the terminator or stands alone. */
const CLOSERS = '”’»)]';
const STRAIGHT = '"\'';
const OPENERS = '«"“‘\'([¿¡';

/** [start, end) of each sentence, whitespace trimmed, empty ones left out. */
export function splitSentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const n = text.length;
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let end = i;
    while (end < n && isTerminator(text.charCodeAt(end))) end++;
    // A lone period may close an abbreviation; `...`, `?!` never do.
    const dot = end - i === 1 && text[i] === '.' ? i : -1;
    // Closing marks, which French sets off with a space: `vrai. »`.
    for (let k = end; ; ) {
      while (k < n && k - end < 4 && isWhitespace(text.charCodeAt(k))) k++;
      const closes = CLOSERS.includes(text[k]) || (STRAIGHT.includes(text[k]) && (k === end || k + 1 === n || isWhitespace(text.charCodeAt(k + 1))));
      if (k < n && closes) end = k = k + 1;
      else break;
    }
    i = end - 1;
    if (end < n && !isWhitespace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < n && isWhitespace(text.charCodeAt(next))) next++;
    if (next < n && !startsSentence(text[next])) continue;
    if (dot >= 0 && isAbbreviationAt(text, dot, text[next] ?? '')) continue;
    push(spans, text, from, end);
    from = next;
    i = next - 1;
  }
  push(spans, text, from, n);
  return spans;
}

/** One of TERMINATORS, read as a code unit: every unit of every block is tested, so no one-character string is made for it. */
function isTerminator(c: number): boolean {
  return c === PERIOD || c === BANG || c === QUESTION || c === ELLIPSIS;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch);
}

function push(spans: [number, number][], text: string, start: number, end: number): void {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push([start, end]);
}
