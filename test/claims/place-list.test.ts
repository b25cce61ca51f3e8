import { describe, expect, test } from 'vitest';
import { placesListed } from '../../src/claims/place-list.js';
import { PACKS } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Lang } from '../../src/types.js';

/** Counts the places listed after the first placing preposition of `text` ("in", "en", "à"); "Acme" is the only entity name. */
function listed(lang: Lang, text: string): number {
  const tokens = tokenize(text);
  const prep = tokens.findIndex((t) => PACKS[lang].placed.has(t.norm));
  return placesListed(tokens, prep + 1, (i) => tokens[i].norm === 'acme', PACKS[lang]);
}

describe('placesListed: a list of places closed by "and" / "et" names where the whole works', () => {
  test.each([
    ['en', 'It employs 750 people in France, Spain and Belgium.', 3],
    ['en', 'It employs 750 people in New York and Paris.', 2],
    ['en', 'It employs 750 people in France and in Spain.', 2],
    ['en', 'It employs 750 people in France and 300 in Spain.', 1],
    ['en', 'It employs 750 people in France, Cyclon said.', 1],
    ['en', 'It employs 750 people in France and Acme is hiring.', 1],
    ['en', 'It employs 750 people in France.', 1],
    ['en', 'It employs 750 people in three countries.', 0],
    ['fr', 'Elle emploie 800 personnes à Paris, Barcelone, Milan et Berlin, et recrute.', 4],
    ['fr', 'Elle emploie 800 personnes en France et en Espagne.', 2],
    ['fr', 'Elle emploie 800 personnes en France et 200 en Espagne.', 1],
    ['fr', 'Elle emploie 800 personnes en France et en Allemagne, et 500 ailleurs.', 1],
    ['en', 'It employs 800 people in France and Germany, and 500 elsewhere.', 1],
  ] as const)('%s: %s -> %i', (lang, text, count) => {
    expect(listed(lang, text)).toBe(count);
  });
});
