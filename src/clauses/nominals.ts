/**
 * The names and noun phrases that can own a figure, found once per
 * sentence in one pass: a known entity or a phrase that refers to the
 * article's subject ("le groupe", "the Group"), a pronoun, a part of a
 * company ("la filiale allemande"), another company ("son concurrent",
 * "its rival"), a separate organisation that carries
 * an alias ("la Fondation Acmé", "the Acme Research Institute"), or a
 * proper name nobody declared. Known people are no owners ("dirigé par
 * Claire Roux"). A definite noun phrase that an aside or a relative
 * clause hangs on ("the federation, headquartered in...", "la fédération,
 * dont le siège...") and that is no reference phrase is someone else too.
 * Each gets its role from the word before it: a possessor
 * ("de", "chez", "for", "'s"), an oblique ("par", "with") or a subject.
 */
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../claims/slots/context.js';
import type { LanguagePack } from '../lang/index.js';
import { classPhraseEnd } from './class-phrase.js';

export type NominalKind = 'entity' | 'reference' | 'pronoun' | 'part' | 'other' | 'organisation' | 'unknown' | 'phrase' | 'class';
export type Role = 'subject' | 'possessor' | 'oblique';

export interface Nominal {
  kind: NominalKind;
  start: number;
  end: number;
  role: Role;
  entity?: string;
  text: string;
}

export interface NominalInput {
  tokens: Token[];
  mentions: EntityMention[];
  pack: LanguagePack;
  knownPeople: Set<string>;
  /** Words of the rules' patterns: capitalized at a line's start they are words, not names. */
  ruleWords: Set<string>;
}

const DETERMINERS = new Set(['la', 'le', "l'", 'sa', 'son', 'ses', 'une', 'un', 'les', 'the', 'its', 'a', 'an', 'their', 'this', 'cette', 'ce', 'whose', 'dont']);

const DEFINITE = new Set(['the', 'la', 'le', "l'", 'les']);
/** Common nouns a definite phrase may hold before the aside it owns: "the industry federation". */
const PHRASE_WORDS = 3;

/**
 * The end of a definite noun phrase at k that owns the aside or relative
 * clause right after it, or 0. Only such a phrase is read: a definite
 * subject followed by a verb ("the revenue rose") stays no owner, so that
 * claim words never take a figure from the company.
 */
function ownedPhraseEnd(tokens: Token[], k: number, pack: LanguagePack, ruleWords: Set<string>, mentionAt: Map<number, EntityMention>): number {
  if (!DEFINITE.has(tokens[k].norm)) return 0;
  let end = k + 1;
  while (end < tokens.length && end <= k + PHRASE_WORDS) {
    const w = tokens[end];
    const common = w.kind === 'word' && !w.cap && !mentionAt.has(end) && !pack.stopWords.has(w.norm) && !pack.referenceNouns.has(w.norm) && !pack.parts.has(w.norm) && !pack.others.has(w.norm) && !ruleWords.has(w.key);
    if (!common) break;
    end++;
  }
  if (end === k + 1) return 0;
  const next = tokens[end];
  const after = tokens[end + 1]?.norm ?? '';
  const hangs = next !== undefined && (pack.relatives.has(next.norm) || (next.text === ',' && (pack.asideOpeners.has(after) || pack.relatives.has(after))));
  return hangs ? end : 0;
}

/**
 * The end of a phrase at k that names a company born of a deal, or 0:
 * "the combined company", "la nouvelle entité", "le groupe fusionné". It
 * is someone else than the article's company, whatever the sentence before said.
 */
function combinedPhraseEnd(tokens: Token[], k: number, pack: LanguagePack): number {
  if (!DEFINITE.has(tokens[k].norm)) return 0;
  const noun = (i: number) => pack.referenceNouns.has(tokens[i]?.norm ?? '') || pack.combinedNouns.has(tokens[i]?.norm ?? '');
  const adjective = (i: number) => pack.combined.has(tokens[i]?.norm ?? '');
  if (adjective(k + 1) && noun(k + 2)) return k + 3;
  if (pack.newWords.has(tokens[k + 1]?.norm ?? '') && pack.combinedNouns.has(tokens[k + 2]?.norm ?? '')) return k + 3;
  if (noun(k + 1) && adjective(k + 2)) return k + 3;
  return 0;
}

/**
 * True when the name at k is the region of a place just named: "based in
 * Boston, Massachusetts,", "à Lyon, Rhône": a place, not an owner.
 */
function continuesPlace(tokens: Token[], k: number, pack: LanguagePack): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  let j = k - 2;
  while (j >= 0 && tokens[j].kind === 'word' && tokens[j].cap && k - 2 - j < 3) j--;
  return j < k - 2 && j >= 0 && pack.placed.has(tokens[j].norm);
}

function textOf(tokens: Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, k) => (k && t.spaced ? ' ' : '') + t.text).join('');
}

function roleOf(tokens: Token[], start: number, end: number, pack: LanguagePack): Role {
  if (tokens[end]?.norm === "'s") return 'possessor';
  const prepositionAt = (k: number): Role | undefined =>
    pack.ownerPrepositions.has(tokens[k]?.norm ?? '') ? 'possessor' : pack.otherPrepositions.has(tokens[k]?.norm ?? '') ? 'oblique' : undefined;
  const direct = prepositionAt(start - 1);
  if (direct) return direct;
  // "de la filiale", "of the company": a determiner stands between the preposition and the noun.
  if (DETERMINERS.has(tokens[start - 1]?.norm ?? '') && !tokens[start - 1].cap) return prepositionAt(start - 2) ?? 'subject';
  return 'subject';
}

/** A name word: capitalized, not a stop word, not a lone letter; at the sentence's start only when it is not a common word. */
function nameWord(tokens: Token[], k: number, pack: LanguagePack, ruleWords: Set<string>): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  // "its German subsidiary": an adjective of a part or of another company.
  if (next && (pack.parts.has(next.norm) || pack.others.has(next.norm))) return false;
  // "Paris-based", "US-listed": a name made an adjective.
  if (next?.text === '-' && !next.spaced && tokens[k + 2]?.kind === 'word' && !tokens[k + 2].cap) return false;
  // "Présence : 19 pays", "| Effectif | 550 |": a label at a line's start.
  if ((k === 0 || tokens[k - 1].text === '|') && (next?.text === ':' || next?.text === '|')) return false;
  return t.kind === 'word' && t.cap && t.text.length > 1 && !pack.stopWords.has(t.norm) && !pack.referenceNouns.has(t.norm) && !ruleWords.has(t.key);
}

export function findNominals({ tokens, mentions, pack, knownPeople, ruleWords }: NominalInput): Nominal[] {
  const out: Nominal[] = [];
  const mentionAt = new Map<number, EntityMention>();
  const entityStarts = new Set(mentions.filter((m) => m.entity !== null).map((m) => m.start));
  for (const m of mentions) if (!mentionAt.has(m.start) || mentionAt.get(m.start)!.end < m.end) mentionAt.set(m.start, m);
  const push = (kind: NominalKind, start: number, end: number, entity?: string) =>
    out.push({ kind, start, end, entity, role: roleOf(tokens, start, end, pack), text: textOf(tokens, start, end) });
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const combinedEnd = combinedPhraseEnd(tokens, k, pack);
    if (combinedEnd > 0) {
      push('other', k, combinedEnd);
      k = combinedEnd - 1;
      continue;
    }
    const m = mentionAt.get(k);
    // "le groupe Acmé", "le groupe Nordwind": a reference phrase followed by a name is that name.
    if (m && m.entity === null && (entityStarts.has(m.start + 1) || entityStarts.has(m.end) || (tokens[m.end] && nameWord(tokens, m.end, pack, ruleWords)))) continue;
    if (m) {
      // A capitalized organisation word touching the alias makes it another organisation: "Fondation Acmé", "Acme Research Institute".
      let end = m.end;
      while (end < tokens.length && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt.has(end)) end++;
      const before = tokens[m.start - 1];
      const after = tokens.slice(m.end, end);
      const organisation = (before?.cap && pack.subOrganisations.has(before.norm)) || after.some((a) => pack.subOrganisations.has(a.norm));
      if (organisation) push('organisation', before?.cap && pack.subOrganisations.has(before.norm) ? m.start - 1 : m.start, end);
      else push(m.entity === null ? 'reference' : 'entity', m.start, m.end, m.entity ?? undefined);
      k = end - 1;
      continue;
    }
    const classEnd = classPhraseEnd(tokens, k, pack, (i) => !mentionAt.has(i) && (!ruleWords.has(tokens[i].key) || pack.stopWords.has(tokens[i].norm)));
    if (classEnd > 0) {
      push('class', k, classEnd);
      k = classEnd - 1;
      continue;
    }
    const partOrOther = pack.parts.has(t.norm) || pack.others.has(t.norm);
    if (partOrOther && (DETERMINERS.has(tokens[k - 1]?.norm ?? '') || DETERMINERS.has(tokens[k - 2]?.norm ?? ''))) {
      const start = DETERMINERS.has(tokens[k - 1]?.norm ?? '') ? k - 1 : k - 2;
      let end = k + 1;
      if (tokens[end]?.kind === 'word' && !tokens[end].cap && !pack.ownerPrepositions.has(tokens[end].norm) && tokens[end].norm.length > 3) end++;
      // "son concurrent Clicktale": the name that follows is the owner, and it is someone else.
      const named = tokens[end]?.cap && tokens[end].kind === 'word' && !mentionAt.has(end);
      if (!named || pack.parts.has(t.norm)) push(pack.parts.has(t.norm) ? 'part' : 'other', start, end);
      k = end - 1;
      continue;
    }
    const phraseEnd = ownedPhraseEnd(tokens, k, pack, ruleWords, mentionAt);
    if (phraseEnd > 0) {
      push('phrase', k, phraseEnd);
      k = phraseEnd - 1;
      continue;
    }
    // "il y a quatre ans", "il est": an impersonal "il" stands for nobody.
    if (pack.pluralPronouns.has(t.norm)) {
      push('class', k, k + 1);
      continue;
    }
    if (pack.pronouns.has(t.norm) && !(t.norm === 'il' && ['y', 'est', 'faut', 's\'agit'].includes(tokens[k + 1]?.norm ?? ''))) {
      push('pronoun', k, k + 1);
      continue;
    }
    if (nameWord(tokens, k, pack, ruleWords) && continuesPlace(tokens, k, pack)) {
      while (k + 1 < tokens.length && tokens[k + 1].kind === 'word' && tokens[k + 1].cap) k++;
      continue;
    }
    if (nameWord(tokens, k, pack, ruleWords)) {
      let end = k + 1;
      while (end < tokens.length && tokens[end].kind === 'word' && tokens[end].cap && !mentionAt.has(end)) end++;
      // A known person is not an owner: "dirigé par Claire Roux".
      const person = tokens.slice(k, end).some((w) => knownPeople.has(w.norm));
      if (!person) push('unknown', k, end);
      k = end - 1;
    }
  }
  return out;
}
