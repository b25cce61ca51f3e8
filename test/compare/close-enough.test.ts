import { describe, expect, test } from 'vitest';
import { closeEnough } from '../../src/compare/close-enough.js';
import { parseTolerance } from '../../src/config/tolerance.js';
import { readCount, readMoney } from '../../src/claims/slots/quantity.js';
import type { SlotContext } from '../../src/claims/slots/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Figure, Lang } from '../../src/types.js';

/** The figure as the slots read it from the text, so each row starts from what an article writes. */
function figure(text: string, lang: Lang = 'fr'): Figure {
  const ctx: SlotContext = { tokens: tokenize(text), lang, mentionsAt: new Map(), knownPeople: new Set() };
  // The first token a figure is read at: "de 400 à 500" is read at "400".
  for (let i = 0; i < ctx.tokens.length; i++) {
    const [read] = [...readMoney(ctx, i), ...readCount(ctx, i)];
    if (read) return read.value as Figure;
  }
  throw new Error(`no figure read in "${text}"`);
}

type Row = [string, number, boolean];

/** Each row: the figure as written, the fact, and whether it holds: at each edge and just past it. */
function rows(name: string, table: Row[], opts: { lang?: Lang; tolerance?: string | number; approximate?: number } = {}) {
  describe(name, () => {
    test.each(table)('"%s" with the fact %d holds: %s', (text, fact, holds) => {
      const tolerance = opts.tolerance === undefined ? undefined : parseTolerance(opts.tolerance);
      expect(closeEnough(figure(text, opts.lang), fact, tolerance, opts.approximate).agrees).toBe(holds);
    });
  });
}

rows('a figure with decimals: F rounds to X at the stated digits', [
  ['275,3 millions', 275.25e6, true],
  ['275,3 millions', 275.35e6, true],
  ['275,3 millions', 275.24e6, false],
  ['275,3 millions', 275.36e6, false],
  ['5,7 milliards', 5.65e9, true],
  ['5,7 milliards', 5.64e9, false],
]);

rows('a whole figure: half a unit of the last non-zero digit, never more than 5% of X', [
  ['2 200', 2150, true],
  ['2 200', 2250, true],
  ['2 200', 2149, false],
  ['2 200', 2251, false],
  ['30 000', 28500, true],
  ['30 000', 31500, true],
  ['30 000', 28499, false],
  ['30 000', 31501, false],
  ['485 millions', 485.5e6, true],
  ['485 millions', 485.6e6, false],
  // "2 milliards": half a unit is 0.5 billion, capped at 5% (0.1 billion).
  ['2 milliards', 2.1e9, true],
  ['2 milliards', 2.11e9, false],
]);

rows('about: within 5% of X, or the row above if wider', [
  ['environ 300', 285, true],
  ['environ 300', 315, true],
  ['environ 300', 284, false],
  ['environ 300', 316, false],
  ['près de 2 000', 1900, true],
  ['près de 2 000', 1899, false],
  ['quelque 40', 38, true],
  ['quelque 40', 37.9, false],
]);
rows('about, in English', [
  ['about 1,000', 950, true],
  ['nearly 1,000', 1049, true],
  ['almost 1,000', 1051, false],
  ['some 300', 316, false],
  ['roughly 300', 315, true],
  ['around 300', 284, false],
  ['~300', 315, true],
  ['~300', 316, false],
], { lang: 'en' });

rows('at least: F >= X, less the rounding of the row above', [
  ['plus de 2 000', 1900, true],
  ['plus de 2 000', 1899, false],
  ['au moins 2 200', 2150, true],
  ['au moins 2 200', 2149, false],
  ['plus de 275,3 millions', 275.25e6, true],
  ['plus de 275,3 millions', 275.24e6, false],
  ['plus de 2 000', 1e9, true],
]);
rows('at least, in English', [
  ['more than 2,000', 1900, true],
  ['over 2,000', 1899, false],
  ['at least 2,200', 2150, true],
  ['upwards of 2,200', 2149, false],
], { lang: 'en' });

rows('at most: F <= X, plus the rounding of the row above', [
  ['moins de 2 000', 2100, true],
  ['moins de 2 000', 2101, false],
  ["jusqu'à 2 200", 2250, true],
  ["jusqu'à 2 200", 2251, false],
  ['moins de 2 000', 0, true],
]);
rows('at most, in English', [
  ['fewer than 2,000', 2100, true],
  ['less than 2,000', 2101, false],
  ['up to 2,200', 2250, true],
  ['under 2,200', 2251, false],
  ['at most 2,200', 2250, true],
  ['at most 2,200', 2251, false],
], { lang: 'en' });

rows('a tolerance widens every row to at least that much', [
  ['2 200', 2310, true],
  ['2 200', 2311, false],
  ['environ 2 200', 2310, true],
  ['plus de 2 200', 2090, true],
  ['plus de 2 200', 2089, false],
], { tolerance: 110 });

rows('a tolerance never narrows a row: 0 leaves the table as it is', [
  ['2 200', 2250, true],
  ['2 200', 2251, false],
  ['environ 300', 315, true],
], { tolerance: 0 });

rows('a relative tolerance is a share of the fact', [
  ['2 000', 2200, true],
  ['2 000', 2230, false],
], { tolerance: '10%' });

rows('approximate: sets the "about" share and the whole-figure cap', [
  ['environ 300', 330, true],
  ['environ 300', 331, false],
  ['30 000', 26999, false],
  ['30 000', 27000, true],
  ['2 200', 2251, false],
], { approximate: 0.1 });

describe('a range: F within it, each end with its rounding', () => {
  test.each<[string, Lang, number, boolean]>([
    ['entre 400 et 500', 'fr', 500, true],
    ['entre 400 et 500', 'fr', 400, true],
    ['entre 400 et 500', 'fr', 380, true],
    ['entre 400 et 500', 'fr', 379, false],
    ['entre 400 et 500', 'fr', 525, true],
    ['entre 400 et 500', 'fr', 526, false],
    ['de 400 à 500', 'fr', 450, true],
    ['400 à 500', 'fr', 501, true],
    ['400-500', 'fr', 530, false],
    ['between 3,900 and 4,000', 'en', 4000, true],
    ['between 3,900 and 4,000', 'en', 4200, true],
    ['between 3,900 and 4,000', 'en', 4201, false],
    ['between 3,900 and 4,000', 'en', 3850, true],
    ['between 3,900 and 4,000', 'en', 3849, false],
    ['entre 400 et 500 millions', 'fr', 380e6, true],
    ['entre 400 et 500 millions', 'fr', 525e6, true],
    ['entre 400 et 500 millions', 'fr', 526e6, false],
    ['entre 1,5 et 1,7 milliard', 'fr', 1.75e9, true],
    ['entre 1,5 et 1,7 milliard', 'fr', 1.76e9, false],
    ['400 to 500', 'en', 370, false],
  ])('"%s" (%s) with the fact %d holds: %s', (text, lang, fact, holds) => {
    const f = figure(text, lang);
    expect(f.qualifier).toBe('range');
    expect(closeEnough(f, fact, undefined).agrees).toBe(holds);
  });
});
