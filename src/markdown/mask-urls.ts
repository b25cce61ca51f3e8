/**
 * Addresses written as plain text (`pic.twitter.com/x`, `ovhcloud.com`,
 * `https://…` inside link text) are not prose: their dots and digits would
 * read as figures or split sentences. Each becomes one U+FFFC at its start;
 * punctuation around it stays, so the sentence still ends where it did.
 */
import { isWhitespace } from './chars.js';
import { OBJECT, type ProseText } from './prose-builder.js';

/** Top-level domains common enough that a bare `name.tld` is surely an address. */
const TLDS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'int', 'info', 'biz', 'io', 'ai', 'app', 'dev', 'tv', 'me', 'co',
  'fr', 'eu', 'uk', 'de', 'be', 'ch', 'ca', 'us', 'es', 'it', 'nl', 'lu', 'ie', 'pl', 'pt', 'se', 'cloud',
]);
const LEADING = '([{<«"\'“‘';
const TRAILING = '.,;:!?)]}>»"\'”’…';
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/[^\s/]/;

/**
 * Where an address can be: a `.`, `:` or `@` with more of the word after
 * it. A word whose only such mark ends it (`year.`, `Note:`, `x@`) is never
 * one (the trailing marks are trimmed, and an `@` needs a host after it),
 * so only the words this finds are read; the others are not even walked.
 * A single character and the next keep the search linear.
 */
const INNER_MARK = /[.:@]\S/g;

export function maskUrls(block: ProseText): ProseText {
  const { text, offsets } = block;
  let out: { codes: string[]; offs: number[] } | undefined;
  let copied = 0;
  const n = text.length;
  INNER_MARK.lastIndex = 0;
  for (let m = INNER_MARK.exec(text); m; m = INNER_MARK.exec(text)) {
    let i = m.index;
    while (i > 0 && !isWhitespace(text.charCodeAt(i - 1))) i--;
    let end = m.index + 1;
    while (end < n && !isWhitespace(text.charCodeAt(end))) end++;
    INNER_MARK.lastIndex = end;
    let from = i;
    let to = end;
    while (from < to && LEADING.includes(text[from])) from++;
    while (to > from && TRAILING.includes(text[to - 1])) to--;
    if (to > from && isUrlLike(text, from, to)) {
      out ??= { codes: [], offs: [] };
      out.codes.push(text.slice(copied, from), String.fromCharCode(OBJECT));
      for (let k = copied; k < from; k++) out.offs.push(offsets[k]);
      out.offs.push(offsets[from]);
      copied = to;
    }
  }
  if (!out) return block;
  out.codes.push(text.slice(copied));
  const masked = new Int32Array(out.offs.length + n - copied);
  masked.set(out.offs);
  masked.set(offsets.subarray(copied), out.offs.length);
  return { text: out.codes.join(''), offsets: masked };
}

/** Whether `text[from, to)` looks like a URL, a domain with a path, a well-known domain or an e-mail address. */
export function isUrlLike(text: string, from: number, to: number): boolean {
  const head = text.slice(from, Math.min(to, from + 40));
  if (SCHEME.test(head) || /^mailto:\S/i.test(head) || /^www\.[^\s.]/i.test(head)) return true;
  let at = from;
  while (at < to && at - from <= 64 && text.charCodeAt(at) !== 64 /* @ */) at++;
  const hostFrom = at < to && text.charCodeAt(at) === 64 ? at + 1 : from;
  let labels = 0;
  let labelStart = hostFrom;
  let k = hostFrom;
  for (; k < to; k++) {
    const c = text[k];
    if (c === '/') break;
    if (c === '.') {
      if (k === labelStart) return false;
      labels++;
      labelStart = k + 1;
    } else if (!/[A-Za-z0-9-]/.test(c)) return false;
  }
  const tld = text.slice(labelStart, k);
  if (labels === 0 || !/^[A-Za-z]{2,24}$/.test(tld)) return false;
  if (hostFrom > from) return true;
  return (k < to && k + 1 < to) || TLDS.has(tld.toLowerCase());
}
