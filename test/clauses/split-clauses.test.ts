import { describe, expect, test } from 'vitest';
import { splitClauses } from '../../src/clauses/split-clauses.js';
import { PACKS } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Lang } from '../../src/types.js';

/** Each clause as "kind: its own words" (nested clauses' words left out), in order of opening. */
function clausesOf(text: string, lang: Lang): string[] {
  const tokens = tokenize(text);
  const map = splitClauses(tokens, PACKS[lang]);
  return map.clauses.map((c, id) => `${c.kind}: ${tokens.filter((_, k) => map.at[k] === id).map((t) => t.text).join(' ')}`);
}

describe('splitClauses: one pass, one clause per scope', () => {
  test.each<[string, Lang, string[]]>([
    ['Unlike Acme, Cyclon employs 3,000 people.', 'en', ['main: , Cyclon employs 3,000 people .', 'comparison: Unlike Acme']],
    ['Acme acquired Cyclon, founded in 1990.', 'en', ['main: Acme acquired Cyclon ,', 'aside: founded in 1990 .']],
    ['Acme, which acquired Cyclon in 2015, employs 3,000 people.', 'en', ['main: Acme , , employs 3,000 people .', 'relative: which acquired Cyclon in 2015']],
    ['Acme denied reports that it employs 5,000 people.', 'en', ['main: Acme denied reports', 'complement: that it employs 5,000 people .']],
    ['If Acme employed 5,000 people, it would need a new site.', 'en', ['main: , it would need a new site .', 'condition: If Acme employed 5,000 people']],
    ['Acme employs 3,000 people, up from 1,000 in 2015.', 'en', ['main: Acme employs 3,000 people ,', 'comparison: up from 1,000 in 2015 .']],
    ['Le groupe, dirigé par Claire Roux, emploie 3 000 salariés.', 'fr', ['main: Le groupe , , emploie 3 000 salariés .', 'aside: dirigé par Claire Roux']],
    ["Le chiffre d'affaires atteint 6,8 milliards contre 5,3 milliards en 2018.", 'fr',
      ["main: Le chiffre d' affaires atteint 6,8 milliards", 'comparison: contre 5,3 milliards en 2018 .']],
    ['En 2019, Acmé emploie 2 200 salariés et vise 3 000 salariés en 2030.', 'fr',
      ['main: En 2019 , Acmé emploie 2 200 salariés', 'main: et vise 3 000 salariés en 2030 .']],
    ['Selon des sources, Acmé emploierait 3 000 salariés (contre 2 000 en 2019).', 'fr',
      ['main: , Acmé emploierait 3 000 salariés .', 'attribution: Selon des sources', 'parenthesis: ( )', 'comparison: contre 2 000 en 2019']],
    ['Cyclon, fournisseur d\'Acmé, emploie 300 salariés.', 'fr', ['main: Cyclon , , emploie 300 salariés .', "aside: fournisseur d' Acmé"]],
    ['Acmé et Cyclon emploient entre 400 et 500 salariés.', 'fr', ['main: Acmé et Cyclon emploient entre 400 et 500 salariés .']],
    ['« Nous employons 3 000 personnes », dit-il.', 'fr', ['main: , dit - il .', 'quotation: « Nous employons 3 000 personnes »']],
  ])('%s', (text, lang, expected) => {
    expect(clausesOf(text, lang)).toEqual(expected);
  });

  test('a closing bracket or quote with no opening one closes nothing', () => {
    expect(clausesOf('Acmé ) emploie » 300 salariés.', 'fr')).toEqual(['main: Acmé ) emploie » 300 salariés .']);
  });

  test('every token belongs to a clause whose range holds it', () => {
    const tokens = tokenize('Acme, which (as "Cyclon, unlike Nordwind, said") employs 3,000 people, and if not, up from 1,000.');
    const map = splitClauses(tokens, PACKS.en);
    tokens.forEach((_, k) => {
      const c = map.clauses[map.at[k]];
      expect(k >= c.start && k < c.end, `token ${k} in ${c.kind} [${c.start}, ${c.end})`).toBe(true);
    });
  });
});
