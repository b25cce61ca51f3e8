/**
 * Words whose period does not end a sentence, in French and English press
 * prose: titles (M., Mme, Dr.), company forms (Inc., Ltd.), Latin and
 * reference abbreviations (etc., e.g., p. 12), and initials (Octave K.,
 * J.-C., U.S.). A split after one of them would cut a claim in two.
 */

/** Compared as written: `Co.` is a company, `co.` is not a word we know. */
const AS_WRITTEN = new Set([
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Me', 'Dr', 'Pr', 'St', 'Ste', 'Mr', 'Mrs', 'Ms', 'Jr', 'Sr',
  'Prof', 'Gen', 'Gov', 'Sen', 'Rep', 'Rev', 'Inc', 'Corp', 'Ltd', 'Co', 'Cie', 'Bros', 'Sté',
]);

/** Compared in lower case: these are written in lower case mid-sentence, capitalised at its start. */
const ANY_CASE = new Set(['etc', 'vs', 'e.g', 'i.e', 'p', 'pp', 'n°', 'nº', 'av', 'apr', 'cf', 'env', 'art', 'vol', 'chap', 'fig', 'approx', 'ibid', 'al']);

/** Only before a number: `No. 1`, `nos 3 et 4`, and months as news wires shorten them (`Sept. 30, 2005`, `le 3 déc. 2024`). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'tel', 'tél', 'jan', 'janv', 'feb', 'febr', 'févr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc']);

/**
 * Whether the period at `dot` closes an abbreviation or an initial rather
 * than a sentence; `next` is the first character of what follows.
 */
export function isAbbreviationAt(text: string, dot: number, next: string): boolean {
  let start = dot;
  while (start > 0 && dot - start < 16 && isWordPart(text[start - 1])) start--;
  if (start === dot) return false;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) return false;
  // `l'av.`: the word is what follows the elision.
  const word = text.slice(start, dot).split(/['’]/).pop() ?? '';
  if (word === '' || /\d/.test(word)) return false;
  if (AS_WRITTEN.has(word)) return true;
  const lower = word.toLowerCase();
  if (ANY_CASE.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && /\d/.test(next)) return true;
  // Initials: `K.`, `J.-C.`, `U.S.`: every part a single letter, the last one a capital or several parts.
  const parts = word.split(/\.-?|-/);
  if (parts.every((part) => /^\p{L}$/u.test(part))) return parts.length > 1 || /\p{Lu}/u.test(word);
  return false;
}

function isWordPart(ch: string): boolean {
  return /[\p{L}°º.\-'’]/u.test(ch);
}
