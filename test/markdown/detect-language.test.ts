import { describe, expect, it } from 'vitest';
import { detectLanguage, parseArticle } from '../../src/markdown/index.js';
import { ENGLISH, FRENCH, SHORT_ENGLISH, SHORT_FRENCH, UNKNOWN } from './fixtures/language-samples.js';

describe('detectLanguage', () => {
  it.each(FRENCH.map((text) => [text.slice(0, 40), text]))('French: %s…', (_head, text) => {
    expect(detectLanguage(text)).toBe('fr');
  });

  it.each(ENGLISH.map((text) => [text.slice(0, 40), text]))('English: %s…', (_head, text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it('tells most headlines and never mistakes one', () => {
    const fr = SHORT_FRENCH.map(detectLanguage);
    const en = SHORT_ENGLISH.map(detectLanguage);
    expect(fr.filter((l) => l === 'en')).toEqual([]);
    expect(en.filter((l) => l === 'fr')).toEqual([]);
    expect(fr.filter((l) => l === 'fr').length + en.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(13);
  });

  it.each(UNKNOWN.map((text) => [text.slice(0, 40), text]))('cannot tell: %j', (_head, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('reads the prose of a parsed article, quotes in the other language included', () => {
    const article = parseArticle(
      'a.md',
      '# Le groupe confirme ses objectifs\n\nLe directeur a déclaré : « We are not good today at winning new customers », avant de présenter les résultats du trimestre.\n\n| Revenue | 275.3 |\n|---|---|\n',
    );
    expect(detectLanguage(article.sentences.map((s) => s.text).join(' '))).toBe('fr');
  });

  it('reads a bounded prefix, so a huge text costs no more than a short one', () => {
    const french = FRENCH.join(' ');
    expect(french.length).toBeGreaterThan(2000);
    const english = ENGLISH.join(' ');
    // Read whole, two thousand English copies would outvote the French opening; read by its prefix, the text is French.
    expect(detectLanguage(`${french} ${english}`.repeat(1))).toBe('fr');
    expect(detectLanguage(`${english.repeat(3)}`)).toBe('en');
    expect(detectLanguage(`${french} ${english.repeat(2000)}`)).toBe('fr');
  });
});
