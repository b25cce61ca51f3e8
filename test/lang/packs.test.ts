import { describe, expect, test } from 'vitest';
import { frenchForms, frenchFutureForms } from '../../src/lang/inflect-fr.js';
import { englishForms } from '../../src/lang/inflect-en.js';
import { PACKS } from '../../src/lang/index.js';

describe('French forms from a lemma', () => {
  test.each([
    ['viser', ['vise', 'visent', 'visait', 'visaient', 'visera', 'viserait', 'vise', 'visee', 'visant']],
    ['employer', ['emploie', 'emploient', 'employait', 'emploiera', 'emploierait', 'employe']],
    ['projeter', ['projette', 'projettent', 'projetait', 'projettera']],
    ['dementir', ['dement', 'dementent', 'dementait', 'dementi', 'dementira']],
    ['entendre', ['entend', 'entendent', 'entendait', 'entendu', 'entendra']],
    ['etablir', ['etablit', 'etablissent', 'etablissait', 'etabli']],
  ])('%s gives %j', (lemma, expected) => {
    expect(frenchForms(lemma)).toEqual(expect.arrayContaining(expected));
  });

  test('an irregular verb takes its stems from the table', () => {
    expect(PACKS.fr.plans.has('prevoyait')).toBe(true);
    expect(PACKS.fr.plans.has('prevu')).toBe(true);
    expect(PACKS.fr.plans.has('prevoira')).toBe(true);
  });

  test('future and conditional forms of a verb', () => {
    expect(frenchFutureForms('employer')).toEqual({ future: ['emploiera', 'emploieront'], conditional: ['emploierait', 'emploieraient'] });
  });

  test('a verb of no group is an error of the pack, said at once', () => {
    expect(() => frenchForms('xyz')).toThrow('no French verb group for "xyz"');
  });
});

describe('English forms from a lemma', () => {
  test.each([
    ['plan', [], ['plan', 'plans', 'planning', 'planned']],
    ['deny', [], ['deny', 'denies', 'denying', 'denied']],
    ['expect', [], ['expect', 'expects', 'expecting', 'expected']],
    ['hope', [], ['hope', 'hopes', 'hoping', 'hoped']],
    ['forecast', ['forecast'], ['forecast', 'forecasts', 'forecasting', 'forecast']],
  ] as const)('%s gives %j', (lemma, past, expected) => {
    expect(englishForms(lemma, [...past])).toEqual(expected);
  });
});

describe('packs', () => {
  // A language may have no such words: English "they" may stand for one company, so it has no plural pronouns of several only.
  const mayBeEmpty = new Set(['weakNegators', 'pluralPronouns']);
  test('each language fills every list of the interface', () => {
    for (const pack of Object.values(PACKS)) {
      for (const [key, value] of Object.entries(pack)) {
        if (value instanceof Set && !mayBeEmpty.has(key)) expect(value.size, `${pack.lang}.${key}`).toBeGreaterThan(0);
        if (Array.isArray(value)) expect(value.length, `${pack.lang}.${key}`).toBeGreaterThan(0);
      }
    }
  });

  test('words are folded as tokens are', () => {
    for (const pack of Object.values(PACKS)) {
      for (const value of Object.values(pack)) {
        if (value instanceof Set) for (const w of value) expect(w, `${pack.lang}: ${w}`).toBe(w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
      }
    }
  });
});
