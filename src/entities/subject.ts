/**
 * Whom an article is about, for claims that name nobody: front matter
 * `about`, else the single entity its title or first heading names, else
 * the only entity named anywhere in it, when it is named more than once
 * (or the article is a few sentences long).
 */
import type { Entity, Sentence } from '../types.js';
import { foldText } from '../text/fold.js';
import type { AliasIndex } from './alias-index.js';
import type { ArticleSubject } from './resolve.js';

/** The ids of the entities a text names by one of their aliases. */
export function entitiesNamed(text: string, aliases: AliasIndex): Set<string> {
  return new Set(aliases.find(foldText(text)).map((h) => h.entity));
}

export function articleSubject(about: string[], title: string | undefined, sentences: Sentence[], aliases: AliasIndex): ArticleSubject {
  if (about.length > 0) return { about };
  const named = (text: string) => entitiesNamed(text, aliases);
  const heading = sentences.find((s) => s.block === 'heading');
  for (const text of [title, heading?.text]) {
    const ids = text ? named(text) : new Set<string>();
    if (ids.size === 1) return { about: [], plain: [...ids][0] };
  }
  // Named once in passing ("Pernod Ricard est né en 1975...", in a round-up of five companies) is not what an article is about.
  const sentencesNaming = new Map<string, number>();
  for (const s of sentences) for (const id of named(s.text)) sentencesNaming.set(id, (sentencesNaming.get(id) ?? 0) + 1);
  const [only, count] = sentencesNaming.size === 1 ? [...sentencesNaming][0] : [undefined, 0];
  return only !== undefined && (count >= 2 || sentences.length <= 3) ? { about: [], plain: only, plainFromText: true } : { about: [] };
}

/** Folded names of the people the facts know, so "Klaba" alone reads as a person. */
export function knownPeople(entities: Entity[], personAttributes: Set<string>): Set<string> {
  const names = new Set<string>();
  for (const e of entities) {
    for (const [attribute, statements] of Object.entries(e.facts)) {
      if (!personAttributes.has(attribute)) continue;
      for (const s of statements) {
        for (const v of Array.isArray(s.value) ? s.value : [s.value]) {
          const words = foldText(String(v)).split(/\s+/).filter(Boolean);
          if (words.length > 0) names.add(words[words.length - 1]);
        }
      }
    }
  }
  return names;
}
