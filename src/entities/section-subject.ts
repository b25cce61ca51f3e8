/**
 * Whom each sentence's section is about. A round-up article ("## 1.
 * Acme", "## 2. Cyclon") is plainly about no single company: under a
 * heading that names one known entity, "la société" and a sentence that
 * names nobody speak of that entity; under a heading that names two, of
 * no single one. A heading that names none keeps its section's subject,
 * except where the article's subject was only guessed from its text and a
 * section of its own names it: then the other sections ("## 1. Brakeco
 * (1905)", a name nobody declared) are about no known entity. Front
 * matter `about` is the author's word and is never overridden.
 */
import type { Sentence } from '../types.js';
import { depthAt } from '../claims/heading-period.js';
import type { AliasIndex } from './alias-index.js';
import type { ArticleSubject } from './resolve.js';
import { entitiesNamed } from './subject.js';

export function sectionSubjects(subject: ArticleSubject, sentences: Sentence[], source: string, aliases: AliasIndex): ArticleSubject[] {
  if (subject.about.length > 0) return sentences.map(() => subject);
  const stack: { depth: number; block: number; subject?: ArticleSubject }[] = [];
  // Each heading's names, found once: the test below and the walk after it both ask.
  const headingNames = new Map<number, Set<string>>();
  sentences.forEach((s, i) => {
    if (s.block === 'heading') headingNames.set(i, entitiesNamed(s.text, aliases));
  });
  const ownSection = subject.plainFromText && [...headingNames].some(([i, named]) => i > 0 && named.has(subject.plain!));
  const outside: ArticleSubject = ownSection ? { about: [] } : subject;
  return sentences.map((s, i) => {
    if (s.block === 'heading') {
      const depth = depthAt(source, s.offsets[0]);
      const top = stack[stack.length - 1];
      if (depth >= 2 && !(top && top.block === s.blockIndex)) {
        while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
        const named = headingNames.get(i)!;
        const own = named.size === 1 ? { about: [], plain: [...named][0] } : named.size > 1 ? { about: [] } : undefined;
        stack.push({ depth, block: s.blockIndex, subject: own });
      }
      return subject;
    }
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].subject) return stack[k].subject!;
    // Only sections of depth 2 and deeper are on the stack: under any of them, a sentence is outside the subject's own section.
    return stack.length > 0 ? outside : subject;
  });
}
