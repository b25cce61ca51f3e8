/**
 * Claim extraction on hostile sentences: doubling the sentence at most
 * about doubles the time. Each input first has to get past the sentence
 * guard (a sentence with no trigger word is skipped in one regular
 * expression, which would prove nothing) and to yield claims, so that the
 * tokenizer, the slot readers and the automaton are what is timed.
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { plainSentence } from '../../src/rules-test/run-examples.js';
import { doublingRatio } from '../helpers/doubling.js';
import { builtinRules, entitiesFrom } from '../helpers/knowledge.js';

const entities = entitiesFrom('entity: acme\nname: Acmé\naliases: [Acme]\nfacts: {}\n');
const { ruleSet } = compileRules(builtinRules());
const ctx = { ruleSet, aliases: new AliasIndex(entities), knownPeople: new Set<string>(), subject: { about: ['acme'] } };

/** Hostile sentences: no full stop for the whole text, so one sentence holds everything. */
const hostile: [string, (n: number) => string, string][] = [
  ['numbers', (n) => `${'2 200 '.repeat(n)}salariés`, 'employees'],
  ['trigger words', (n) => "chiffre d'affaires de fondée en emploie compte siège ".repeat(n) + 'fondée en 1999', 'founded'],
  ['qualifiers and scales', (n) => `${'plus de près de 3 millions de '.repeat(n)}plus de 2 000 salariés`, 'employees'],
  ['capitalized names', (n) => `Acmé a pour PDG ${'Jean Pierre Marie Dupont '.repeat(n)}`, 'ceo'],
  ['aliases and numbers', (n) => 'Acmé emploie 1 450 salariés, '.repeat(n), 'employees'],
];

describe('claim extraction runs in linear time on hostile text', () => {
  test.each(hostile)('%s: past the guard, read as claims, and doubling the input at most about doubles the time', (_, make, attribute) => {
    const small = plainSentence(make(1500));
    expect(ruleSet.guards.fr.admits(small.text)).toBe(true);
    expect(extractClaims(small, 'fr', ctx).map((c) => c.attribute)).toContain(attribute);
    expect(doublingRatio((n) => plainSentence(make(n)), (sentence) => extractClaims(sentence, 'fr', ctx), 1500)).toBeLessThan(3);
  });
});
