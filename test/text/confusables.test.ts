import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasLookalike, lookalikeOf } from '../../src/text/confusables.js';
import { foldText } from '../../src/text/fold.js';
// @ts-expect-error: a plain script, without types
import { confusableLettersFile, TARGET } from '../../scripts/confusables.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('letters that pass for Latin ones', () => {
  it('src/text/confusable-letters.ts is what `node scripts/confusables.mjs` makes from the confusables data', () => {
    expect(readFileSync(`${root}/${TARGET}`, 'utf8')).toBe(confusableLettersFile());
  });

  it.each([
    ['Аcmé', 'acme', 'Cyrillic А'],
    ['НОРЕ', 'hope', 'Cyrillic capitals Н, О, Р, Е'],
    ['Іnfra', 'infra', 'Cyrillic І, a capital I'],
    ['ΟΡΑΛ', 'opaλ', 'Greek Ο, Ρ, Α; Λ looks like no Latin letter'],
    ['Nοrdwind', 'nordwind', 'Greek ο'],
    ['Κyrа', 'kyra', 'Greek Κ, Cyrillic а'],
    ['Сергей', 'cepreи', 'Russian: the letters that pass for Latin ones change, the others keep their script'],
    ['Veloria', 'veloria', 'Latin stays Latin'],
    ['Véloria 2 200', 'veloria 2 200', 'accents fold as before'],
  ])('%s folds to %s (%s)', (text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });

  it.each([
    ['А', { latin: 'a', script: 'Cyrillic' }],
    ['ο', { latin: 'o', script: 'Greek' }],
    ['Ι', { latin: 'i', script: 'Greek' }],
    ['ᗅ', { latin: 'a', script: 'Canadian Aboriginal' }],
    ['a', undefined],
    ['é', undefined],
    ['Ж', undefined],
  ])('%s looks like %j', (letter, expected) => {
    expect(lookalikeOf(letter.charCodeAt(0))).toEqual(expected);
  });

  it('finds a lookalike only inside the span asked about', () => {
    expect([hasLookalike('Аcmé et Nordwind'), hasLookalike('Аcmé et Nordwind', 5), hasLookalike('Nordwind')]).toEqual([true, false, false]);
  });
});
