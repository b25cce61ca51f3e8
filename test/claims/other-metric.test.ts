import { describe, expect, test } from 'vitest';
import { otherMetric } from '../../src/claims/other-metric.js';
import { PACKS } from '../../src/lang/index.js';
import { foldText } from '../../src/text/fold.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Lang } from '../../src/types.js';

/** The pattern's literal words here: the revenue nouns and their joints. */
const LITERALS = new Set(['revenue', 'chiffre', "d'", 'affaires', 'revenus', 'rose', 'a', 'progresse', 'ont', 'atteint']);

function reasonOf(text: string, lang: Lang, noun: string): string | undefined {
  const tokens = tokenize(text, foldText(text));
  const matchStart = tokens.findIndex((t) => t.norm === noun);
  const figureStart = tokens.findIndex((t) => t.kind === 'num');
  return otherMetric({
    tokens, pack: PACKS[lang], matchStart, figureStart,
    isLiteral: (k) => LITERALS.has(tokens[k].norm), inClause: () => true,
  });
}

describe('a money noun that another word makes a different metric', () => {
  test.each([
    ['Underlying recurring revenue rose 10% to €300 million.', 'en', 'revenue', 'another metric ("recurring revenue")'],
    ["Acme's subscription revenue reached €200 million.", 'en', 'revenue', 'another metric ("subscription revenue")'],
    ["Le chiffre d'affaires récurrent a progressé de 10 % à 300 millions d'euros.", 'fr', 'chiffre', 'another metric ("chiffre ... récurrent")'],
    ["Les revenus d'abonnement ont atteint 200 millions d'euros.", 'fr', 'revenus', 'another metric ("revenus ... abonnement")'],
  ] as const)('%s', (text, lang, noun, reason) => {
    expect(reasonOf(text, lang, noun)).toBe(reason);
  });

  test.each([
    ['Total revenue rose 16% to €480 million.', 'en', 'revenue'],
    ['Revenue rose 4.8% on an underlying basis to €480 million.', 'en', 'revenue'],
    ["Le chiffre d'affaires d'Acmé a progressé de 16 % à 480 millions d'euros.", 'fr', 'chiffre'],
  ] as const)('%s is the revenue itself', (text, lang, noun) => {
    expect(reasonOf(text, lang, noun)).toBeUndefined();
  });
});
