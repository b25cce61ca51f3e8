import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/claims/rule-set.js';
import { findNominals } from '../../src/clauses/nominals.js';
import { PACKS } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Lang } from '../../src/types.js';
import { builtinRules } from '../helpers/knowledge.js';

const { ruleSet } = compileRules(builtinRules());

/** The class phrase that starts at token `at` of `text` (read by findNominals with the built-in rules' words), as written, or ''. */
function phraseOf(lang: Lang, text: string, at = 0): string {
  const tokens = tokenize(text);
  const nominals = findNominals({ tokens, mentions: [], pack: PACKS[lang], knownPeople: new Set(), ruleWords: ruleSet.automata[lang].words });
  const phrase = nominals.find((n) => n.kind === 'class' && n.start === at);
  return phrase ? text.slice(tokens[phrase.start].start, tokens[phrase.end - 1].end) : '';
}

describe('companies spoken of as a kind', () => {
  test.each([
    ['fr', 'Les petites et moyennes entreprises emploient moins de 250 salariés', 'Les petites et moyennes entreprises'],
    ['fr', 'des start-up de la région', 'des start-up'],
    ['fr', '312 grandes entreprises (plus de 5 000 salariés)', '312 grandes entreprises'],
    ['fr', 'Une entreprise moyenne doit employer 50 salariés', 'Une entreprise'],
    ['fr', 'les PME lyonnaises', 'les PME'],
    ['en', 'These firms posted revenue', 'These firms'],
    ['en', 'most mid-sized companies employ', 'most mid-sized companies'],
    ['en', 'Every company with more than 250 employees', 'Every company'],
    ['fr', 'votre société emploie', 'votre société'],
    ['en', 'your company employs', 'your company'],
  ] as const)('%s "%s" opens the class phrase "%s"', (lang, text, phrase) => {
    expect(phraseOf(lang, text)).toBe(phrase);
  });

  test.each([
    ['fr', 'les sociétés Acmé et Nordwind emploient', 'a name after the noun owns the figure'],
    ['fr', "l'entreprise emploie 1 450 salariés", 'a singular definite phrase is the article\'s company'],
    ['fr', 'les salariés des entreprises', 'a claim word is no modifier'],
    ['en', 'A company spokesperson said', '"a company" may head a compound in English'],
    ['en', 'the company employs', 'a singular definite phrase is the article\'s company'],
    ['en', 'the German startups Acme and Nordwind', 'a name after the noun owns the figure'],
  ] as const)('%s "%s" opens none: %s', (lang, text, _why) => {
    expect(phraseOf(lang, text)).toBe('');
  });

  test('an indefinite phrase opens a clause only at the start or after an opening phrase', () => {
    expect(phraseOf('fr', 'Pour être rentable, une entreprise doit', 4)).toBe('une entreprise');
    expect(phraseOf('fr', 'Acmé, une entreprise lyonnaise, emploie', 2)).toBe('');
  });
});
