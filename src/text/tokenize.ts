/**
 * Splits a sentence into the tokens that patterns are matched against.
 * Patterns are tokenized by the same function, so a rule author's
 * "directeur général d'{entity}" and an article's "directeur général d’OVH"
 * meet token for token whatever the case, accents or apostrophe.
 */
import { foldText } from './fold.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Text as written. */
  text: string;
  /** Folded form used for comparison. */
  norm: string;
  /** `norm` with elided and full forms made one ("d'" = "de", "l'" = "le" = "la"), as patterns compare words. */
  key: string;
  kind: TokenKind;
  /** Index range in the sentence text. */
  start: number;
  end: number;
  /** Whitespace stands between this token and the previous one. */
  spaced: boolean;
  /** First character is an uppercase letter. */
  cap: boolean;
}

/** French elided words: written with their apostrophe as one token ("d'", "l'", "qu'"). */
const ELISIONS = new Set(['d', 'l', 'n', 's', 'j', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Elided and full forms that mean the same to a pattern. */
const CANON: Record<string, string> = { "d'": 'de', "l'": 'le', la: 'le', "qu'": 'que', "n'": 'ne', "s'": 'se', "j'": 'je', "c'": 'ce' };
export const canon = (norm: string): string => CANON[norm] ?? norm;

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /[\s\u00a0\u202f\u2007\u2009]/;
const APOS = /['\u2019\u2018\u02bc]/;
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;

/* The character tests below answer ASCII, most of every text, from the character code, and ask the regular expressions only past it. */

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(ch);
}
function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}
function isSpace(ch: string): boolean {
  return ch === ' ' || SPACE.test(ch);
}
/** First character is an uppercase letter: one whose lowercase differs. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return word[0] !== word[0].toLowerCase();
}

/** End of a number written with separators: 2 200, 2,200, 275,3, 275.3, 1.234.567. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text[j])) j++;
  const firstGroup = j - i;
  // Thousands grouped by spaces, or by apostrophes as the Swiss write them ("1'450"): only after a first group of 1 to 3 digits.
  if (firstGroup <= 3) {
    let k = j;
    const group = GROUP_SPACE.test(text[k] ?? '') ? GROUP_SPACE : APOS;
    while (group.test(text[k] ?? '') && isDigit(text[k + 1]) && isDigit(text[k + 2]) && isDigit(text[k + 3]) && !isDigit(text[k + 4])) {
      k += 4;
    }
    if (k > j) {
      j = k;
      if ((text[j] === ',' || text[j] === '.') && isDigit(text[j + 1])) {
        j++;
        while (isDigit(text[j])) j++;
      }
      return j;
    }
  }
  // Separators followed by digits: 2,200 / 275,3 / 1.234.567,8.
  while ((text[j] === ',' || text[j] === '.') && isDigit(text[j + 1])) {
    j++;
    while (isDigit(text[j])) j++;
  }
  return j;
}

/**
 * Tokenizes in one pass; time is linear in the text's length. `folded` is
 * the text already folded (foldText), when the caller has it.
 */
export function tokenize(text: string, folded: string = foldText(text)): Token[] {
  const fold = (start: number, end: number) => folded.slice(start, end);
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  const push = (start: number, end: number, kind: TokenKind) => {
    const raw = text.slice(start, end);
    const norm = fold(start, end);
    tokens.push({ text: raw, norm, key: CANON[norm] ?? norm, kind, start, end, spaced, cap: kind === 'word' && startsUpper(raw) });
    spaced = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (isSpace(ch)) {
      spaced = true;
      i++;
      continue;
    }
    if (isDigit(ch)) {
      const end = numberEnd(text, i);
      push(i, end, 'num');
      i = end;
      continue;
    }
    if (isLetter(ch)) {
      let j = i + 1;
      while (isLetter(text[j])) j++;
      if (APOS.test(text[j] ?? '') && isLetter(text[j + 1])) {
        const word = fold(i, j);
        if (ELISIONS.has(word)) {
          push(i, j + 1, 'word');
          i = j + 1;
          continue;
        }
        // English possessive: "OVH's" -> "OVH" + "'s"; other inner apostrophes stay ("isn't").
        if (folded[j + 1] === 's' && !isLetter(text[j + 2])) {
          push(i, j, 'word');
          push(j, j + 2, 'word');
          i = j + 2;
          continue;
        }
        let k = j + 1;
        while (isLetter(text[k])) k++;
        push(i, k, 'word');
        i = k;
        continue;
      }
      push(i, j, 'word');
      i = j;
      continue;
    }
    // A possessive written apart, as in a pattern ("{entity} 's CEO"), is the same token as in "OVH's".
    if (APOS.test(ch) && folded[i + 1] === 's' && !isLetter(text[i + 2]) && (i === 0 || !isLetter(text[i - 1]))) {
      push(i, i + 2, 'word');
      i += 2;
      continue;
    }
    // Surrogate pairs stay together so no token splits a character.
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    push(i, i + width, 'punct');
    i += width;
  }
  return tokens;
}
