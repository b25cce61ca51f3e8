import { describe, expect, test } from 'vitest';
import { SentenceGuard } from '../../src/claims/guard.js';
import { parsePattern } from '../../src/claims/pattern-parse.js';

function guard(...patterns: string[]): SentenceGuard {
  const g = new SentenceGuard();
  for (const p of patterns) g.add(parsePattern(p));
  return g;
}

describe('SentenceGuard: a sentence without any pattern\'s required words is skipped', () => {
  const g = guard('{entity} emploie {count} (salariés|employés)', "siège [social] ... à {place}", 'employ* {count} people');
  test.each([
    ['Acmé emploie 1 450 salariés.', true],
    ['ACMÉ EMPLOIE 1 450 SALARIÉS.', true],
    ['Acme emploie 1 450 salaries sans accents.', true],
    ['Le siège est à Lyon.', true],
    ['Le sie\u0300ge est à Lyon, en forme décomposée.', true],
    ['Le SIEGE est à Lyon, sans accent.', true],
    ['Acme employed 1,450 people.', true],
    ['Le marché reste concurrentiel.', false],
  ])('%s -> %s', (text, admitted) => {
    expect(g.admits(text)).toBe(admitted);
  });

  test('a pattern made only of common words and slots still admits its sentences', () => {
    const weak = guard('{count} de {place}');
    expect(weak.admits('3 de Lyon')).toBe(true);
  });
});
