/**
 * Whom an article is about, for claims that name nobody: front matter
 * `about`, else the single entity its title or first heading names, else
 * the only entity named anywhere in it.
 */
import type { Entity, Sentence } from '../types.js';
import { foldText } from '../text/fold.js';
import type { AliasIndex } from './alias-index.js';
import type { ArticleSubject } from './resolve.js';

export function articleSubject(about: string[], title: string | undefined, sentences: Sentence[], aliases: AliasIndex): ArticleSubject {
  if (about.length > 0) return { about };
  const named = (text: string) => new Set(aliases.find(foldText(text)).map((h) => h.entity));
  const heading = sentences.find((s) => s.block === 'heading');
  for (const text of [title, heading?.text]) {
    const ids = text ? named(text) : new Set<string>();
    if (ids.size === 1) return { about: [], plain: [...ids][0] };
  }
  const all = new Set<string>();
  for (const s of sentences) for (const id of named(s.text)) all.add(id);
  return all.size === 1 ? { about: [], plain: [...all][0] } : { about: [] };
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
