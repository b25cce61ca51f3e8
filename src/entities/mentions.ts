/**
 * Entity mentions in a sentence, by token: aliases found by the alias
 * index, and phrases that refer to the article's subject ("l'entreprise",
 * "le groupe roubaisien", "the company"), in the words of the language's pack.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/index.js';
import type { EntityMention } from '../claims/slots/context.js';
import type { AliasIndex } from './alias-index.js';
import { COMPANY_SUFFIXES } from '../claims/lexicon.js';

/** Words that make an alias part of another organisation's name: "la Fondation Acmé", "the Acme Research Institute". */
const SUB_ORG_BEFORE = new Set(['fondation', 'institut', 'musee', 'ecole', 'academie', 'foundation', 'institute', 'museum', 'academy']);
const SUB_ORG_AFTER = new Set(['foundation', 'institute', 'research', 'museum', 'academy', 'labs', 'fondation', 'institut']);

/**
 * True when the alias at tokens [start, end) is part of another name: a
 * foundation, institute or museum ("la Fondation Acmé"), or a longer name
 * that goes on with a capitalized word, such as a subsidiary ("Acme
 * France", "Acme Particuliers"). A legal form ("Acme SA", "Acme Group"), a
 * role, a month or day ("Acme CEO Jane Roe", "Acme Monday"), which the
 * pack's stop words hold, and acronyms ("Acme CFO") leave the name alone.
 */
function insideOtherName(tokens: Token[], start: number, end: number, pack: LanguagePack): boolean {
  const next = tokens[end];
  if (SUB_ORG_BEFORE.has(tokens[start - 1]?.norm ?? '') || (!!next && next.cap && SUB_ORG_AFTER.has(next.norm))) return true;
  return !!next && next.kind === 'word' && next.cap && next.spaced && next.text.length > 1 && next.text !== next.text.toUpperCase()
    && !COMPANY_SUFFIXES.has(next.norm) && !pack.stopWords.has(next.norm);
}

/**
 * `anyName`: every capitalized word also counts as an entity, as when a
 * rule's examples are tested without a knowledge base.
 */
export function findMentions(tokens: Token[], folded: string, aliases: AliasIndex, pack: LanguagePack, anyName = false): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const hit of aliases.find(folded)) {
    const start = tokenAt(tokens, hit.start, 'start');
    const last = tokenAt(tokens, hit.end, 'end');
    if (start !== undefined && last !== undefined && !insideOtherName(tokens, start, last + 1, pack)) mentions.push({ start, end: last + 1, entity: hit.entity });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (pack.referenceDeterminers.has(tokens[i].norm) && pack.referenceNouns.has(tokens[i + 1].norm)) {
      mentions.push({ start: i, end: i + 2, entity: null });
    }
  }
  if (anyName) {
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && t.cap) mentions.push({ start: i, end: i + 1, entity: t.norm, guessed: true });
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * The token that starts (or ends) exactly at `offset`, if any. Tokens come
 * in text order and never overlap (tokenize.ts), so both their starts and
 * their ends increase: a binary search per alias found replaces two maps of
 * every token built for every sentence, most of which name nobody.
 */
function tokenAt(tokens: Token[], offset: number, side: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid][side];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
