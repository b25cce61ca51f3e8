import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { plainSentence } from '../../src/rules-test/run-examples.js';
import { builtinRules, entitiesFrom } from '../helpers/knowledge.js';

const entities = entitiesFrom('entity: acme\nname: Acmé\naliases: [Acme]\nfacts: {}\n');
const { ruleSet } = compileRules(builtinRules());
const ctx = { ruleSet, aliases: new AliasIndex(entities), knownPeople: new Set<string>(), subject: { about: ['acme'] } };

function bestOf(fn: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Hostile sentences: no full stop for the whole text, so one sentence holds everything. */
const hostile: Record<string, (n: number) => string> = {
  numbers: (n) => '2 200 '.repeat(n),
  'trigger words': (n) => "chiffre d'affaires de fondée en emploie compte siège ".repeat(n),
  'qualifiers and scales': (n) => 'plus de près de 3 millions de '.repeat(n),
  'capitalized names': (n) => 'Jean Pierre Marie Dupont '.repeat(n),
  'aliases and numbers': (n) => 'Acmé emploie 1 450 salariés, '.repeat(n),
};

// Timings can be disturbed by whatever else the machine runs: a slow round is measured again.
describe('claim extraction runs in linear time on hostile text', { retry: 2 }, () => {
  for (const [kind, make] of Object.entries(hostile)) {
    test(`${kind}: doubling the input at most about doubles the time`, () => {
      const small = plainSentence(make(1500));
      const large = plainSentence(make(3000));
      extractClaims(small, 'fr', ctx);
      const a = bestOf(() => extractClaims(small, 'fr', ctx));
      const b = bestOf(() => extractClaims(large, 'fr', ctx));
      expect(b / a).toBeLessThan(3);
    });
  }
});
