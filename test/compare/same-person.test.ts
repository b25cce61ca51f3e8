import { describe, expect, test } from 'vitest';
import { samePerson } from '../../src/compare/same-person.js';
import { entitiesFrom, judgeWith } from '../helpers/knowledge.js';

describe('names compare without case, accents, hyphens or ß; an initial matches its name', () => {
  test.each([
    ['Weiss', 'Weiß', true],
    ['Hans Weiss', 'Hans Weiß', true],
    ['Jean Charles Dupont', 'Jean-Charles Dupont', true],
    ['jean-charles dupont', 'Jean-Charles Dupont', true],
    ['Eric Larcheveque', 'Éric Larchevêque', true],
    ['J.-C. Dupont', 'Jean-Charles Dupont', true],
    ['J. C. Dupont', 'Jean-Charles Dupont', true],
    ['J. Dupont', 'Jean Dupont', true],
    ['J.-C. Samuelian-Werve', 'Jean-Charles Samuelian-Werve', true],
    ['Jean Charles Samuelian Werve', 'Jean-Charles Samuelian-Werve', true],
    ['Dupont', 'Jean-Charles Dupont', true],
    ['Octave Klaba', 'Octave Klaba', true],
    // A middle name left out is the same person; a different initial or surname is not.
    ['Jean Dupont', 'Jean Pierre Dupont', true],
    ['P. Dupont', 'Jean Dupont', false],
    ['J. Durand', 'Jean Dupont', false],
    ['Jean', 'Jean Dupont', false],
    ['Jean Dupond', 'Jean Dupont', false],
    ['Marc Dupont', 'Jean Dupont', false],
    ['J.', 'Jean Dupont', false],
  ])('"%s" and "%s": %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
    expect(samePerson(b, a)).toBe(same);
  });
});

const FACTS = `
entity: nordwind
name: Nordwind
facts:
  founders: [Jean-Charles Weiß, Ada Martin]
  ceo:
    - value: Jean-Charles Weiß
      from: 2015
`;

const judge = judgeWith(entitiesFrom(FACTS));

describe('founders and chief executives, as written', () => {
  test.each<[string, 'fr' | 'en', string]>([
    ['Nordwind CEO J.-C. Weiss said demand was strong.', 'en', 'ceo consistent J.-C. Weiss'],
    ['Nordwind CEO Jean Charles Weiss said demand was strong.', 'en', 'ceo consistent Jean Charles Weiss'],
    ['Nordwind CEO P. Weiss said demand was strong.', 'en', 'ceo contradiction P. Weiss'],
    ['Fondée en 2001 par Jean-Charles Weiss et Ada Martin, Nordwind fabrique des éoliennes.', 'fr',
      'founders consistent Jean-Charles Weiss | founders consistent Ada Martin'],
    // Every name of a list of founders is checked: one who is not among them contradicts them.
    ['Fondée en 2001 par Jean-Charles Weiss et Marc Petit, Nordwind fabrique des éoliennes.', 'fr',
      'founders consistent Jean-Charles Weiss | founders contradiction Marc Petit'],
    ['Nordwind was founded by Ada Martin, Marc Petit and J.-C. Weiss in 2001.', 'en',
      'founders consistent Ada Martin | founders contradiction Marc Petit | founders consistent J.-C. Weiss'],
    // A comma alone does not make a list: the name after it starts another clause.
    ['Founded by Ada Martin, Claire Roux later ran the company.', 'en', 'founders consistent Ada Martin'],
  ])('%s', (text, lang, expected) => {
    const got = judge(text, { lang, date: '2024-01', about: ['nordwind'] })
      .filter((v) => v.claim.attribute !== 'founded')
      .map((v) => `${v.claim.attribute} ${v.kind} ${'raw' in v.claim.value ? v.claim.value.raw : ''}`);
    expect(got.join(' | ')).toBe(expected);
  });

  test('a contradicting founder in a list is reported at its own name', () => {
    const text = 'Fondée en 2001 par Ada Martin et Marc Petit, Nordwind fabrique des éoliennes.';
    const v = judge(text, { date: '2024-01' }).find((x) => x.kind === 'contradiction')!;
    expect({ entity: v.claim.entity, at: text.slice(v.claim.start, v.claim.end), expected: v.expected }).toEqual({
      entity: 'nordwind', at: 'Marc Petit', expected: 'Jean-Charles Weiß, Ada Martin',
    });
  });
});
