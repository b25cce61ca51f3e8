/**
 * Periods named by their months: "the first nine months", "les neuf
 * premiers mois", "sur neuf mois", "January-September", "de janvier à
 * septembre". Results announcements report figures for the months since
 * the year began; such a figure is neither the quarter nor the year its
 * heading names. Three or six opening months are the first quarter or
 * half; a range of months that is a quarter or a half is that period; any
 * other range names a period the facts are not read for.
 */
import type { Token } from '../text/tokenize.js';
import { MONTHS, NUMBER_WORDS } from '../lang/vocabulary.js';

export interface MonthsMention {
  at: number;
  end: number;
  kind: 'quarter' | 'half' | 'months';
  /** The quarter or half; for `months`, how many months from the year's start (0: a range that starts elsewhere). */
  index: number;
}

/** Words before "N months" that make them the months just past, not those since the year began: "the past nine months", "les neuf derniers mois". */
const TRAILING = new Set(['past', 'last', 'previous', 'trailing', 'recent', 'derniers', 'ecoules', 'passes']);
const RANGE_JOINS = new Set(['-', '–', 'to', 'through', 'a', 'au']);

/** A small count written in digits or words: "9", "nine", "neuf" (also the years of "il y a cinq ans"). */
export function smallCount(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'num' && /^\d{1,2}$/.test(t.text)) return Number(t.text);
  return NUMBER_WORDS[t.norm];
}

function mention(at: number, end: number, first: number, count: number): MonthsMention {
  if (first === 1 && count === 3) return { at, end, kind: 'quarter', index: 1 };
  if (first === 1 && count === 6) return { at, end, kind: 'half', index: 1 };
  if (count === 3 && (first - 1) % 3 === 0) return { at, end, kind: 'quarter', index: (first + 2) / 3 };
  if (count === 6 && first === 7) return { at, end, kind: 'half', index: 2 };
  return { at, end, kind: 'months', index: first === 1 ? count : 0 };
}

/** "January-September", "janvier à septembre", "from January to September". */
function rangeAt(tokens: Token[], i: number): MonthsMention | undefined {
  const from = MONTHS[tokens[i].norm];
  if (from === undefined || tokens[i].kind !== 'word') return undefined;
  const join = tokens[i + 1];
  if (!join || !RANGE_JOINS.has(join.norm) && !RANGE_JOINS.has(join.text)) return undefined;
  const to = tokens[i + 2]?.kind === 'word' ? MONTHS[tokens[i + 2].norm] : undefined;
  if (to === undefined || to < from) return undefined;
  return mention(i, i + 3, from, to - from + 1);
}

/** "first nine months", "nine months ended", "neuf premiers mois", "sur neuf mois", "9 mois". */
function countedAt(tokens: Token[], i: number): MonthsMention | undefined {
  let k = i;
  if (['first', 'opening'].includes(tokens[k].norm)) k++;
  const count = smallCount(tokens[k]);
  if (count === undefined || count < 2 || count > 11) return undefined;
  if (TRAILING.has(tokens[i - 1]?.norm ?? '')) return undefined;
  let end = k + 1;
  const french = tokens[end]?.norm === 'premiers';
  if (french) end++;
  if (!['months', 'month', 'mois'].includes(tokens[end]?.norm ?? '')) return undefined;
  if (TRAILING.has(tokens[end + 1]?.norm ?? '')) return undefined;
  // "nine months" alone in English says no year's start ("a nine-month delay"): only "first", "the ... to/ended", or French "premiers"/"sur".
  const english = tokens[end].norm !== 'mois';
  const anchored = k > i || french || (english ? ['to', 'ended', 'ending', 'through'].includes(tokens[end + 1]?.norm ?? '') : ['sur', 'des', 'aux', 'les'].includes(tokens[i - 1]?.norm ?? ''));
  if (!anchored) return undefined;
  // "the six months ended 31 December": the months before an end date, wherever the year starts.
  if (k === i && !french && english) return { at: i, end: end + 1, kind: 'months', index: count };
  return mention(i, end + 1, 1, count);
}

/** Every word such a period can open with besides a figure: a month (rangeAt), "first" or "opening", a number word (countedAt). */
export const MONTHS_MENTION_STARTS: readonly string[] = [...Object.keys(MONTHS), 'first', 'opening', ...Object.keys(NUMBER_WORDS)];

/** A period named by its months starting at token i, or undefined. */
export function monthsAt(tokens: Token[], i: number): MonthsMention | undefined {
  return rangeAt(tokens, i) ?? countedAt(tokens, i);
}
