/** Small readers over a parsed article, so test tables can say where a figure is in a few words. */
import { parseArticle, positionAt } from '../../src/markdown/index.js';
import type { ParsedArticle } from '../../src/types.js';

export function read(source: string): ParsedArticle {
  return parseArticle('test.md', source);
}

export function texts(source: string): string[] {
  return read(source).sentences.map((s) => s.text);
}

/** `line:column` of the `nth` occurrence of `needle` in the article's sentences, read through their offsets. */
export function where(article: ParsedArticle, needle: string, nth = 0): string {
  let seen = 0;
  for (const sentence of article.sentences) {
    for (let i = sentence.text.indexOf(needle); i !== -1; i = sentence.text.indexOf(needle, i + 1)) {
      if (seen++ === nth) {
        const { line, column } = positionAt(article.lineStarts, sentence.offsets[i]);
        return `${line}:${column}`;
      }
    }
  }
  return `"${needle}" not read`;
}

/**
 * Units of sentence text that do not stand at their offset in the source.
 * Only a space read from a line break, U+FFFC, a table separator and a
 * decoded character reference may.
 */
export function misplaced(article: ParsedArticle): string[] {
  const out: string[] = [];
  for (const s of article.sentences) {
    if (s.offsets.length !== s.text.length) out.push(`length ${s.text}`);
    for (let i = 0; i < s.text.length; i++) {
      const ch = s.text[i];
      const at = s.offsets[i];
      if (at < 0 || at >= Math.max(1, article.source.length)) out.push(`${ch}@${at} out of range`);
      else if (article.source[at] === ch || ch === ' ' || ch === '\uFFFC' || article.source[at] === '&') continue;
      else if (s.block === 'tableRow' && (ch === ':' || ch === ';')) continue;
      else out.push(`${JSON.stringify(ch)}@${at} is ${JSON.stringify(article.source[at])} in "${s.text}"`);
    }
  }
  return out;
}
