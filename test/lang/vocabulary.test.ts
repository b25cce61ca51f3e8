import { describe, expect, test } from 'vitest';
import { PACKS } from '../../src/lang/index.js';
import { COUNT_SCALES, CURRENCIES, MONTHS, NUMBER_WORDS, QUALIFIERS, SCALES } from '../../src/lang/vocabulary.js';
import { readNumberWords } from '../../src/claims/number-words.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('figure words: each pack says how its language writes a figure, and the readers take them all', () => {
  test('every pack fills its figure words', () => {
    for (const pack of Object.values(PACKS)) {
      const f = pack.figures;
      expect(Object.keys(f.numbers.additive).length, pack.lang).toBeGreaterThan(10);
      expect(f.numbers.hundreds.length, pack.lang).toBeGreaterThan(0);
      expect(Object.keys(f.scales).length, pack.lang).toBeGreaterThan(0);
      expect(Object.keys(f.currencies).length, pack.lang).toBeGreaterThan(0);
      expect(f.qualifiers.length, pack.lang).toBeGreaterThan(0);
      expect(Object.keys(f.months).length, pack.lang).toBeGreaterThanOrEqual(12);
    }
  });

  test("each pack's words reach the merged tables the readers use", () => {
    for (const pack of Object.values(PACKS)) {
      const f = pack.figures;
      for (const [word, value] of Object.entries(f.numbers.additive)) expect(NUMBER_WORDS[word], `${pack.lang}: ${word}`).toBe(value);
      for (const [word, value] of Object.entries(f.scales)) expect(SCALES[word], `${pack.lang}: ${word}`).toBe(value);
      for (const [word, code] of Object.entries(f.currencies)) expect(CURRENCIES[word], `${pack.lang}: ${word}`).toBe(code);
      for (const [word, month] of Object.entries(f.months)) expect(MONTHS[word], `${pack.lang}: ${word}`).toBe(month);
      for (const word of f.countScales) expect(COUNT_SCALES.has(word), `${pack.lang}: ${word}`).toBe(true);
      for (const entry of f.qualifiers) expect(QUALIFIERS).toContainEqual(entry);
    }
  });

  test('signs and codes belong to no language and are read in both', () => {
    expect([CURRENCIES['€'], CURRENCIES.eur, CURRENCIES['£'], CURRENCIES.chf, SCALES.bn, SCALES.k]).toEqual(['EUR', 'EUR', 'GBP', 'CHF', 1e9, 1e3]);
  });

  test('a word that names a property of every object is no figure word', () => {
    for (const word of ['constructor', 'tostring', 'hasownproperty', '__proto__']) {
      expect(word in NUMBER_WORDS || word in SCALES || word in CURRENCIES || word in MONTHS, word).toBe(false);
    }
  });

  test.each([
    ['quatre-vingts', 'fr', 80],
    ['quatre-vingt-douze', 'fr', 92],
    ['mille deux cents', 'fr', 1200],
    ['two hundred thousand', 'en', 200000],
    ['thousand', 'en', undefined],
    // Each sentence is read with its own language's number words.
    ['cent', 'en', undefined],
    ['six', 'en', 6],
    ['twenty', 'fr', undefined],
  ] as const)('the grammar reads "%s" (%s) from its pack\'s words as %s', (text, lang, value) => {
    expect(readNumberWords(tokenize(text), 0, lang)?.value).toBe(value);
  });
});
