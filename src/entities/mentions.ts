/**
 * Entity mentions in a sentence, by token: aliases found by the alias
 * index, and phrases that refer to the article's subject ("l'entreprise",
 * "le groupe roubaisien", "the company"), in the words of the language's pack.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/index.js';
import type { EntityMention } from '../claims/slots/context.js';
import type { AliasIndex } from './alias-index.js';

/**
 * `anyName`: every capitalized word also counts as an entity, as when a
 * rule's examples are tested without a knowledge base.
 */
export function findMentions(tokens: Token[], folded: string, aliases: AliasIndex, pack: LanguagePack, anyName = false): EntityMention[] {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  const mentions: EntityMention[] = [];
  for (const hit of aliases.find(folded)) {
    const start = byStart.get(hit.start);
    const last = byEnd.get(hit.end);
    if (start !== undefined && last !== undefined) mentions.push({ start, end: last + 1, entity: hit.entity });
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
