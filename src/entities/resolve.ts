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
import { within } from '../text/window.js';

export interface ArticleSubject {
  /** Entity ids of front matter `about`. */
  about: string[];
  /** The one entity the article is plainly about, when there is one. */
  plain?: string;
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

/**
 * A proper name that no facts file knows, standing as the subject right
 * before the claim ("Initech was founded in 2001", "Initech, fondée en
 * 2001"): the claim is about that unknown company, not the article's.
 */
function unknownSubject(tokens: Token[], matchStart: number, mentions: EntityMention[]): string | undefined {
  let k = matchStart - 1;
  while (k >= 0 && matchStart - k <= 3 && AUXILIARIES.has(tokens[k].norm)) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !t.cap || t.text.length < 2 || NOT_NAMES.has(t.norm)) return undefined;
  if (mentions.some((m) => k >= m.start && k < m.end)) return undefined;
  return t.text;
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

export function resolveEntity({ tokens, mentions, matchStart, figureStart, figureEnd, captured, subject, previousSubject }: ResolveInput): EntityBinding {
  if (captured) {
    if (captured.entity) return { entity: captured.entity, reason: `named in the pattern ("${captured.raw}")` };
    return subjectOf(subject, `"${captured.raw}" refers to the subject`);
  }
  // Tokens between the name and the figure; a name after the figure counts double plus one, since
  // French and English put the subject first ("Brakeco, fondée en 1990, fournit Acmé" is about Brakeco).
  const distance = (m: EntityMention) => (m.end <= figureStart ? figureStart - m.end : m.start >= figureEnd ? 2 * (m.start - figureEnd) + 1 : 0);
  const around = within(mentions, (m) => m.start, figureStart);
  const named = around.filter((m) => m.entity !== null).sort((a, b) => distance(a) - distance(b));
  if (named.length > 0) {
    const near = named.filter((m) => distance(m) === distance(named[0]));
    const ids = new Set(near.map((m) => m.entity));
    if (ids.size > 1) return { entity: null, reason: 'two entities stand equally near the figure' };
    const head = named[0].end <= figureStart ? headOfAside(tokens, named[0], named, figureStart) : undefined;
    if (head) return { entity: head.entity, reason: `the name before the aside that names ${tokens.slice(named[0].start, named[0].end).map((t) => t.text).join(' ')}` };
    return { entity: named[0].entity, reason: `nearest name in the sentence` };
  }
  const stranger = unknownSubject(tokens, matchStart, mentions);
  if (stranger) return { entity: null, reason: `about "${stranger}", which no facts file declares` };
  if (PRONOUNS.has(tokens[0]?.norm ?? '')) {
    const before = previousSubject?.();
    if (before) return { entity: before, reason: `"${tokens[0].text}" stands for the entity the sentence before names` };
  }
  const reference = around.find((m) => m.entity === null);
  if (reference) return subjectOf(subject, 'a reference phrase');
  return subjectOf(subject, 'no name in the sentence');
}
