/**
 * Reads one example sentence as `check` reads an article's sentence: with
 * the example's context (its facts are the only entities, its `about` and
 * date are the article's), then judges every claim. Without a context, any
 * capitalized word may be an entity and nothing is judged, as rule
 * examples have always been read.
 */
import { extractClaims } from '../claims/extract.js';
import type { RuleSet } from '../claims/rule-set.js';
import { judge } from '../compare/judge.js';
import { AliasIndex } from '../entities/alias-index.js';
import { articleSubject, knownPeople } from '../entities/subject.js';
import type { ExampleContext, Lang, Sentence, Verdict } from '../types.js';

/** A sentence read straight from plain text, offsets = indices. */
export function plainSentence(text: string): Sentence {
  return { text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i), block: 'paragraph', blockIndex: 0 };
}

/** A judged reading of every claim in the sentence (claims without context facts come back not judged). */
export function readExample(text: string, lang: Lang, ruleSet: RuleSet, context?: ExampleContext): Verdict[] {
  const sentence = plainSentence(text);
  const entities = context?.entities ?? [];
  const aliases = new AliasIndex(entities);
  const personAttributes = new Set(ruleSet.rules.filter((r) => r.type === 'person').map((r) => r.attribute));
  const ctx = {
    ruleSet,
    aliases,
    knownPeople: knownPeople(entities, personAttributes),
    subject: articleSubject(context?.about ?? [], undefined, [sentence], aliases),
    articleDate: context?.date,
    anyNameIsEntity: entities.length === 0,
  };
  const byId = new Map(entities.map((e) => [e.id, e]));
  return extractClaims(sentence, lang, ctx).map((claim) => judge(claim, { entities: byId, articleDate: context?.date, severityOverrides: {} }));
}
