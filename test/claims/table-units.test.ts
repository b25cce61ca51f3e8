import { describe, expect, test } from 'vitest';
import { readHeaderUnit, unitWords, writesOwnUnit } from '../../src/claims/table-units.js';

describe('the unit a table header gives its figures', () => {
  test.each<[string, ReturnType<typeof readHeaderUnit>]>([
    ['€bn', { scale: 'billion', currency: 'EUR' }],
    ['£m', { scale: 'million', currency: 'GBP' }],
    ['M€', { scale: 'million', currency: 'EUR' }],
    ['Md$', { scale: 'billion', currency: 'USD' }],
    ['en milliards d\'euros', { scale: 'billion', currency: 'EUR' }],
    ['in € millions', { scale: 'million', currency: 'EUR' }],
    ['EURm', { scale: 'million', currency: 'EUR' }],
    ['MEUR', { scale: 'million', currency: 'EUR' }],
    ['millions de livres sterling', { scale: 'million', currency: 'GBP' }],
    ['k€', { scale: 'thousand', currency: 'EUR' }],
    ['USD', { currency: 'USD' }],
    ['millions', { scale: 'million' }],
  ])('"%s" is a unit', (words, unit) => {
    expect(readHeaderUnit(words)).toEqual(unit);
  });

  test.each(['fin d\'année', 'exercice 2024', 'hors acquisitions', '%', 'reported', 'm€ et k€ et bn', '€ and £'])('"%s" is not a unit', (words) => {
    expect(readHeaderUnit(words)).toBeUndefined();
  });
});

describe('the unit written after a bare figure, in the article\'s language', () => {
  test.each<[Parameters<typeof unitWords>[0], 'fr' | 'en', string]>([
    [{ scale: 'billion', currency: 'EUR' }, 'en', 'billion euros'],
    [{ scale: 'million', currency: 'GBP' }, 'en', 'million pounds'],
    [{ scale: 'million', currency: 'EUR' }, 'fr', "millions d'euros"],
    [{ scale: 'billion', currency: 'USD' }, 'fr', 'milliards de dollars'],
    [{ currency: 'EUR' }, 'fr', 'euros'],
    [{ scale: 'million' }, 'en', 'million'],
  ])('%j in %s: "%s"', (unit, lang, words) => {
    expect(unitWords(unit, lang)).toBe(words);
  });

  test.each<[string, boolean]>([
    ['1,93 Md$', true],
    ['474 M€', true],
    ['€2.1bn', true],
    ['15,0 milliards', true],
    ['9.8', false],
    ['more than 15,000', false],
    ['2 760', false],
  ])('"%s" writes its own unit: %s', (cell, own) => {
    expect(writesOwnUnit(cell)).toBe(own);
  });
});
