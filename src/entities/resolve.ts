/**
 * Which entity a claim is about (contract section 2): the alias nearest
 * the figure in its sentence; else a reference phrase ("l'entreprise",
 * "the company") means the article's `about`; else the one entity the
 * article is plainly about; else nobody, and the claim is not judged.
 */
import type { SlotValue } from '../types.js';
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../claims/slots/context.js';
import { NOT_NAMES } from '../claims/lexicon.js';
import { PACKS } from '../lang/index.js';

/** Nouns that refer to the article's company in any language ("le groupe", "the company"): never an unknown name. */
const REFERENCE_NOUNS = new Set(Object.values(PACKS).flatMap((p) => [...p.referenceNouns]));
import { within } from '../text/window.js';

export interface ArticleSubject {
  /** Entity ids of front matter `about`. */
  about: string[];
  /** The one entity the article is plainly about, when there is one. */
  plain?: string;
  /** Whether `plain` comes only from being the one entity named in the text, not from the title or first heading. */
  plainFromText?: boolean;
}

export interface EntityBinding {
  entity: string | null;
  reason: string;
}

export interface ResolveInput {
  tokens: Token[];
  mentions: EntityMention[];
  /** First token of the pattern's match. */
  matchStart: number;
  figureStart: number;
  figureEnd: number;
  captured?: Extract<SlotValue, { type: 'entity' }>;
  subject: ArticleSubject;
  previousSubject?: () => string | undefined;
  /** Folded words the pattern itself writes ("site de Strasbourg"): a name the rule asks for owns nothing. */
  patternWords?: ReadonlySet<string>;
}

/** The article's subject, for a claim that names no owner of its own. */
export function subjectOf(subject: ArticleSubject, why: string): EntityBinding {
  if (subject.about.length === 1) return { entity: subject.about[0], reason: `${why}: the article's about` };
  if (subject.about.length > 1) return { entity: null, reason: `${why}, but the article is about ${subject.about.length} entities` };
  if (subject.plain) return { entity: subject.plain, reason: `${why}: the entity the article is plainly about` };
  return { entity: null, reason: `${why}, and the article names no single subject` };
}

/** Words that may stand between a subject and the words of a claim: "Initech was founded", "Initech a été fondée". */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'a', 'ete', 'est', 'etait', 'avait', 'fut', 'sont', ',']);

/** Capitalized words that open a sentence about the company's own figures, never another company: "Total headcount", "Group revenue". */
const NOT_OWNERS = new Set(['total', 'annual', 'consolidated', 'net', 'gross', 'global', 'overall', 'quarterly', 'yearly', 'full', 'worldwide']);

/**
 * A proper name that no facts file knows, standing as the subject right
 * before the claim ("Initech was founded in 2001", "Initech, fondée en
 * 2001", "Initech's revenue"): the claim is about that unknown company,
 * not the article's. Returns the name and its token.
 */
function unknownSubject(tokens: Token[], matchStart: number, mentions: EntityMention[]): { name: string; at: number } | undefined {
  let k = matchStart - 1;
  if (tokens[k]?.norm === "'s" || tokens[k]?.norm === '’s') k--;
  while (k >= 0 && matchStart - k <= 3 && AUXILIARIES.has(tokens[k].norm)) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.cap || t.text.length < 2 || NOT_NAMES.has(t.norm) || REFERENCE_NOUNS.has(t.norm) || NOT_OWNERS.has(t.norm)) return undefined;
  if (mentions.some((m) => k >= m.start && k < m.end)) return undefined;
  return { name: t.text, at: k };
}

/** Words after which a name owns what comes before it: "le chiffre d'affaires de Cyclon", "the revenue of Cyclon". */
const POSSESSIVE = new Set(['de', "d'", 'du', 'of']);

/**
 * A proper name no facts file knows, inside the claim's own words as the
 * owner of the figure ("le chiffre d'affaires de Cyclon atteint..."): the
 * figure is that company's, whatever else the sentence names.
 */
function unknownPossessor(tokens: Token[], matchStart: number, figureStart: number, mentions: EntityMention[], patternWords: ReadonlySet<string>): string | undefined {
  for (let k = matchStart + 1; k < figureStart; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap || t.text.length < 2 || !POSSESSIVE.has(tokens[k - 1].norm)) continue;
    if (NOT_NAMES.has(t.norm) || REFERENCE_NOUNS.has(t.norm) || patternWords.has(t.norm) || mentions.some((m) => k >= m.start && k < m.end)) continue;
    return t.text;
  }
  return undefined;
}

/**
 * "Scaleway, a subsidiary of Iliad, was founded in 1999": a name inside an
 * aside set off by commas is not the subject; the name just before the
 * aside is. Returns that name when `near` stands in such an aside.
 */
function headOfAside(tokens: Token[], near: EntityMention, named: EntityMention[], figureStart: number): EntityMention | undefined {
  let close = -1;
  for (let k = near.end; k < figureStart; k++) if (tokens[k].text === ',') close = close < 0 ? k : -2;
  if (close < 0) return undefined;
  let open = near.start - 1;
  while (open >= 0 && near.start - open <= 8 && tokens[open].text !== ',') open--;
  if (open < 0 || tokens[open].text !== ',') return undefined;
  return named.find((m) => m.end === open && m !== near);
}

/** Words that open a sentence about whatever the sentence before was about: "Scaleway a été fondée en 1999. Elle emploie..." */
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'it', 'its', 'they', 'their']);

export function resolveEntity({ tokens, mentions, matchStart, figureStart, figureEnd, captured, subject, previousSubject, patternWords = new Set() }: ResolveInput): EntityBinding {
  if (captured) {
    if (captured.entity) return { entity: captured.entity, reason: `named in the pattern ("${captured.raw}")` };
    return subjectOf(subject, `"${captured.raw}" refers to the subject`);
  }
  // Tokens between the name and the figure; a name after the figure counts double plus one, since
  // French and English put the subject first ("Brakeco, fondée en 1990, fournit Acmé" is about Brakeco).
  const distance = (m: EntityMention) => (m.end <= figureStart ? figureStart - m.end : m.start >= figureEnd ? 2 * (m.start - figureEnd) + 1 : 0);
  const owner = unknownPossessor(tokens, matchStart, figureStart, mentions, patternWords);
  if (owner) return { entity: null, reason: `the figure is "${owner}"'s, which no facts file declares` };
  const around = within(mentions, (m) => m.start, figureStart);
  const named = around.filter((m) => m.entity !== null).sort((a, b) => distance(a) - distance(b));
  // "Cyclon, fondée en 1990, a été rachetée par Acmé", "Unlike Acme, Cyclon employs...": an unknown name standing as
  // the claim's subject beats any known name elsewhere, unless it is part of that name ("Acme SA employs").
  const stranger = unknownSubject(tokens, matchStart, mentions);
  if (stranger && !mentions.some((m) => m.end === stranger.at)) return { entity: null, reason: `about "${stranger.name}", which no facts file declares` };
  if (named.length > 0) {
    const near = named.filter((m) => distance(m) === distance(named[0]));
    const ids = new Set(near.map((m) => m.entity));
    if (ids.size > 1) return { entity: null, reason: 'two entities stand equally near the figure' };
    const head = named[0].end <= figureStart ? headOfAside(tokens, named[0], named, figureStart) : undefined;
    if (head) return { entity: head.entity, reason: `the name before the aside that names ${tokens.slice(named[0].start, named[0].end).map((t) => t.text).join(' ')}` };
    return { entity: named[0].entity, reason: `nearest name in the sentence` };
  }
  if (PRONOUNS.has(tokens[0]?.norm ?? '')) {
    const before = previousSubject?.();
    if (before) return { entity: before, reason: `"${tokens[0].text}" stands for the entity the sentence before names` };
  }
  const reference = around.find((m) => m.entity === null);
  if (reference) return subjectOf(subject, 'a reference phrase');
  return subjectOf(subject, 'no name in the sentence');
}
