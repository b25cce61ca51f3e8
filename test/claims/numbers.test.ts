import { describe, expect, test } from 'vitest';
import { parseNumeral } from '../../src/claims/numeral.js';
import { readCount, readMoney, readPercent } from '../../src/claims/slots/quantity.js';
import type { SlotContext } from '../../src/claims/slots/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Lang } from '../../src/types.js';

function ctx(text: string, lang: Lang): SlotContext {
  return { tokens: tokenize(text), lang, mentionsAt: new Map(), knownPeople: new Set() };
}

describe('parseNumeral: numbers as each language writes them', () => {
  test.each([
    ['2 200', 'fr', 2200, 50],
    ['2\u00a0200', 'fr', 2200, 50],
    ['2\u202f200', 'fr', 2200, 50],
    ['2,200', 'en', 2200, 50],
    ['275,3', 'fr', 275.3, 0.05],
    ['275.3', 'en', 275.3, 0.05],
    ['1.700', 'fr', 1700, 50],
    ['1,234,567.5', 'en', 1234567.5, 0.05],
    ['2 000', 'fr', 2000, 500],
    ['10', 'en', 10, 5],
    ['1999', 'fr', 1999, 0.5],
  ] as const)('%s (%s) = %d ± %d', (raw, lang, value, half) => {
    const n = parseNumeral(raw, lang)!;
    expect(n.value).toBeCloseTo(value, 9);
    expect(n.halfUnit).toBeCloseTo(half, 9);
  });

  test.each([['1,23,4', 'en'], ['12.34.5', 'fr']] as const)('%s is not a number', (raw, lang) => {
    expect(parseNumeral(raw, lang)).toBeUndefined();
  });
});

describe('{money}: amounts with scales and currencies', () => {
  test.each([
    ['275,3 millions d’euros', 'fr', 275.3e6, 'EUR'],
    ["275,3 millions d'euros", 'fr', 275.3e6, 'EUR'],
    ['€275.3 million', 'en', 275.3e6, 'EUR'],
    ['€275.3M', 'en', 275.3e6, 'EUR'],
    ['2 milliards', 'fr', 2e9, undefined],
    ['1,2 Md€', 'fr', 1.2e9, 'EUR'],
    ['1,2 Mds d’euros', 'fr', 1.2e9, 'EUR'],
    ['412 M€', 'fr', 412e6, 'EUR'],
    ['500 k€', 'fr', 500e3, 'EUR'],
    ['$5bn', 'en', 5e9, 'USD'],
    ['US$ 3.4 billion', 'en', 3.4e9, 'USD'],
    ['EUR 3.4 million', 'en', 3.4e6, 'EUR'],
    ['3.4 million EUR', 'en', 3.4e6, 'EUR'],
    ['5 000 euros', 'fr', 5000, 'EUR'],
    ['£12m', 'en', 12e6, 'GBP'],
    ['7 millions de dollars', 'fr', 7e6, 'USD'],
  ] as const)('%s (%s) = %d %s', (text, lang, value, currency) => {
    const [read] = readMoney(ctx(text, lang), 0);
    expect(read.value).toMatchObject({ type: 'money', currency });
    expect((read.value as { value: number }).value).toBeCloseTo(value, 0);
  });

  test.each([['2019', 'fr'], ['275,3', 'fr'], ['3 M', 'fr'], ['12 salariés', 'fr']] as const)('%s is not money', (text, lang) => {
    expect(readMoney(ctx(text, lang), 0)).toEqual([]);
  });

  test('rounding follows the digits written: "1,3 milliard" is 1.25e9 to 1.35e9', () => {
    const [read] = readMoney(ctx('1,3 milliard', 'fr'), 0);
    expect(read.value).toMatchObject({ value: 1.3e9, precision: 0.05e9 });
  });
});

describe('{count}: digits, words and qualifiers', () => {
  test.each([
    ['2 200', 'fr', 2200, 'exact'],
    ['plus de 2 000', 'fr', 2000, 'atLeast'],
    ["plus d'un millier", 'fr', 1000, 'atLeast'],
    ['au moins 12', 'fr', 12, 'atLeast'],
    ['près de 300', 'fr', 300, 'about'],
    ['environ 300', 'fr', 300, 'about'],
    ['moins de 50', 'fr', 50, 'atMost'],
    ['more than 2,000', 'en', 2000, 'atLeast'],
    ['over 2,000', 'en', 2000, 'atLeast'],
    ['about 300', 'en', 300, 'about'],
    ['nearly 300', 'en', 300, 'about'],
    ['some 300', 'en', 300, 'about'],
    ['fewer than 50', 'en', 50, 'atMost'],
    ['trois', 'fr', 3, 'exact'],
    ['dix-sept', 'fr', 17, 'exact'],
    ['five', 'en', 5, 'exact'],
    ['twenty', 'en', 20, 'exact'],
    ['3 millions', 'fr', 3e6, 'exact'],
    ['2,200', 'fr', 2200, 'exact'],
    ['2.200', 'en', 2200, 'exact'],
  ] as const)('%s (%s) = %s %s', (text, lang, value, qualifier) => {
    const reads = readCount(ctx(text, lang), 0);
    if (value === undefined) return expect(reads).toEqual([]);
    expect(reads[0].value).toMatchObject({ type: 'count', value, qualifier });
  });

  test('a qualifier just before a slot that starts at the number still counts', () => {
    const c = ctx('compte plus de 2 000 salariés', 'fr');
    expect(readCount(c, 3)[0].value).toMatchObject({ value: 2000, qualifier: 'atLeast' });
  });

  test('a number glued to a word is not a count (FY2026, A380)', () => {
    expect(readCount(ctx('FY2026', 'en'), 1)).toEqual([]);
  });
});

describe('{percent}', () => {
  test.each([['15,8 %', 'fr', 15.8], ['21%', 'en', 21], ['6 pour cent', 'fr', 6], ['6 percent', 'en', 6]] as const)('%s', (text, lang, value) => {
    expect(readPercent(ctx(text, lang), 0)[0].value).toMatchObject({ type: 'percent', value });
  });
});

describe('numbers in words, read as a grammar', () => {
  test.each([
    ['soixante-dix', 'fr', 70],
    ['soixante et onze', 'fr', 71],
    ['soixante-dix-sept', 'fr', 77],
    ['quatre-vingts', 'fr', 80],
    ['quatre-vingt-douze', 'fr', 92],
    ['quatre-vingt-dix-neuf', 'fr', 99],
    ['vingt et un', 'fr', 21],
    ['vingt-deux', 'fr', 22],
    ['deux cents', 'fr', 200],
    ['deux cent mille', 'fr', 200000],
    ['mille deux cents', 'fr', 1200],
    ['trois mille cinq cents', 'fr', 3500],
    ['twenty-one', 'en', 21],
    ['ninety-five', 'en', 95],
    ['two hundred thousand', 'en', 200000],
    ['one hundred and five', 'en', 105],
    ['two thousand', 'en', 2000],
  ] as const)('%s (%s) = %d, the whole words being the figure', (text, lang, value) => {
    const [read] = readCount(ctx(text, lang), 0);
    expect(read.value).toMatchObject({ type: 'count', value, qualifier: 'exact', raw: text });
  });

  test.each([
    ['deux trois', 'fr', 2, 'deux'],
    ['vingt dix', 'fr', 20, 'vingt'],
    ['one two', 'en', 1, 'one'],
    ['twenty and Acme', 'en', 20, 'twenty'],
  ] as const)('%s (%s): two numbers side by side are not one (%d)', (text, lang, value, raw) => {
    const [read] = readCount(ctx(text, lang), 0);
    expect(read.value).toMatchObject({ value, raw });
  });
});

describe('ranges', () => {
  test.each([
    ['entre 400 et 500', 'fr', 0, 400, 500, 'entre 400 et 500'],
    ['de 400 à 500', 'fr', 1, 400, 500, '400 à 500'],
    ['400 à 500', 'fr', 0, 400, 500, '400 à 500'],
    ['400-500', 'fr', 0, 400, 500, '400-500'],
    ['400 to 500', 'en', 0, 400, 500, '400 to 500'],
    ['between 400 and 500', 'en', 0, 400, 500, 'between 400 and 500'],
    ["entre 400 et 500 millions d'euros", 'fr', 0, 400e6, 500e6, "entre 400 et 500 millions d'euros"],
  ] as const)('%s (%s): %d to %d', (text, lang, at, low, high, raw) => {
    const [read] = [...readMoney(ctx(text, lang), at), ...readCount(ctx(text, lang), at)];
    expect(read.value).toMatchObject({ value: low, qualifier: 'range', upper: { value: high }, raw });
  });

  test.each([
    ['est passé de 400 à 500', 'fr', 3],
    ['rose from 400 to 500', 'en', 2],
    ['grew by 200 to 1,450', 'en', 2],
  ] as const)('%s (%s): a change from one figure to another is not a range', (text, lang, at) => {
    expect(readCount(ctx(text, lang), at)[0].value).toMatchObject({ qualifier: 'exact', raw: text.split(' ')[at] });
  });

  test('the upper end of a range is not read again on its own', () => {
    expect(readCount(ctx('entre 400 et 500', 'fr'), 3)).toEqual([]);
    expect(readCount(ctx('400 to 500', 'en'), 2)).toEqual([]);
  });

  test('500 before 400 is not a range', () => {
    expect(readCount(ctx('500 à 400', 'fr'), 0)[0].value).toMatchObject({ value: 500, qualifier: 'exact' });
  });
});

describe('how the press writes amounts', () => {
  test.each([
    ["1'450", 'fr', 'count', 1450, undefined],
    ['1.45k', 'en', 'count', 1450, undefined],
    ['412,5 MEUR', 'fr', 'money', 412.5e6, 'EUR'],
    ['$1.2B', 'en', 'money', 1.2e9, 'USD'],
    ['EUR2.7 billion', 'en', 'money', 2.7e9, 'EUR'],
    ['€6bn', 'en', 'money', 6e9, 'EUR'],
    ['EUR610 million', 'en', 'money', 610e6, 'EUR'],
    ['2.4 billion euros', 'en', 'money', 2.4e9, 'EUR'],
    ['4,2 Mds €', 'fr', 'money', 4.2e9, 'EUR'],
  ] as const)('%s (%s) = %s %d %s', (text, lang, type, value, currency) => {
    const reads = type === 'money' ? readMoney(ctx(text, lang), 0) : readCount(ctx(text, lang), 0);
    expect(reads[0].value).toMatchObject({ type, raw: text, ...(currency && { currency }) });
    expect((reads[0].value as { value: number }).value).toBeCloseTo(value, 3);
  });
});

describe('qualifiers of an amount, as the press writes them', () => {
  test.each([
    ['just under €2.5bn', 'en', 2.5e9, 'atMost'],
    ['just over €2.5bn', 'en', 2.5e9, 'atLeast'],
    ['just below £400m', 'en', 400e6, 'atMost'],
    ["un peu moins de 2,5 milliards d'euros", 'fr', 2.5e9, 'atMost'],
    ["un peu plus de 400 millions d'euros", 'fr', 400e6, 'atLeast'],
  ] as const)('%s (%s) = %d, %s', (text, lang, value, qualifier) => {
    const [read] = readMoney(ctx(text, lang), 0);
    expect(read.value).toMatchObject({ type: 'money', qualifier });
    expect((read.value as { value: number }).value).toBeCloseTo(value, 0);
  });
});
