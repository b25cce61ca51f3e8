/**
 * Turns the clause model's owner readings of a figure into the entity a
 * claim is about: a known name binds it; a reference phrase or a pronoun
 * means the article's subject or the name it stands for; a part of the
 * company, another organisation, companies as a kind or a name no facts
 * file declares means the figure belongs to someone else, and the claim
 * is not judged. Two owners that score alike leave it unjudged too.
 */
import type { OwnerReading } from '../clauses/owner.js';
import type { Nominal } from '../clauses/nominals.js';
import { subjectOf, type ArticleSubject, type EntityBinding } from './resolve.js';

export interface BindInput {
  readings: OwnerReading[];
  subject: ArticleSubject;
  /** What a pronoun stands for: the last subject before it in the sentence, else the entity the sentence before names first. */
  antecedent: (pronoun: Nominal) => Nominal | string | undefined;
}

function identity(n: Nominal): string {
  return n.kind === 'entity' ? `entity:${n.entity}` : n.kind === 'reference' || n.kind === 'pronoun' ? 'subject' : `${n.kind}:${n.text}`;
}

function bindOne(r: OwnerReading, input: BindInput): EntityBinding {
  const n = r.nominal;
  switch (n.kind) {
    case 'entity':
      return { entity: n.entity!, reason: r.how };
    case 'reference':
      return subjectOf(input.subject, `"${n.text}", ${r.how}`);
    case 'pronoun': {
      const before = input.antecedent(n);
      if (typeof before === 'string') return { entity: before, reason: `"${n.text}" stands for the name before it (${r.how})` };
      if (before?.kind === 'entity') return { entity: before.entity!, reason: `"${n.text}" stands for the name before it (${r.how})` };
      if (before) return { entity: null, reason: `"${n.text}" stands for "${before.text}", not the company (${r.how})` };
      return subjectOf(input.subject, `"${n.text}", ${r.how}`);
    }
    case 'part':
      return { entity: null, reason: `a part of the company ("${n.text}"), ${r.how}` };
    case 'other':
      return { entity: null, reason: `another company ("${n.text}"), ${r.how}` };
    case 'organisation':
      return { entity: null, reason: `"${n.text}" is another organisation, ${r.how}` };
    case 'class':
      return { entity: null, reason: `companies in general or several of them ("${n.text}"), ${r.how}` };
    case 'phrase':
      return { entity: null, reason: `about "${n.text}", which is not the company (${r.how})` };
    case 'unknown':
      return { entity: null, reason: `about "${n.text}", which no facts file declares (${r.how})` };
  }
}

/** The binding of the best reading, or undefined when the clause model found no owner at all. */
export function bindOwner(input: BindInput): EntityBinding | undefined {
  const [best, second] = input.readings;
  if (!best) return undefined;
  const first = bindOne(best, input);
  if (second && second.score === best.score && identity(second.nominal) !== identity(best.nominal)) {
    const other = bindOne(second, input);
    if (other.entity !== first.entity) return { entity: null, reason: `two owners stand alike: "${best.nominal.text}" and "${second.nominal.text}"` };
  }
  return first;
}
