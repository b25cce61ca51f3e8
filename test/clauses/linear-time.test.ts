import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { splitClauses } from '../../src/clauses/split-clauses.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { PACKS } from '../../src/lang/index.js';
import { plainSentence } from '../../src/rules-test/run-examples.js';
import { tokenize } from '../../src/text/tokenize.js';
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

/** Sentences that push every part of the clause model: nesting, many clauses, many figures and times in one clause, many owners. */
const hostile: Record<string, (n: number) => string> = {
  'nested brackets and quotes': (n) => `${'( « '.repeat(n)}Acmé emploie 3 000 salariés en 2019${' » )'.repeat(n)}`,
  'unclosed brackets': (n) => '( Acmé emploie 3 000 salariés en 2019 '.repeat(n),
  'relatives and comparisons': (n) => 'Acmé, qui emploie 3 000 salariés en 2019, contre 2 000 en 2018, '.repeat(n),
  'coordinated clauses': (n) => 'Acmé emploie 3 000 salariés en 2019 et vise 4 000 salariés en 2030 et '.repeat(n),
  'figures and times in one clause': (n) => 'Acmé emploie 3 000 salariés en 2019 '.repeat(n),
  'owners and possessors': (n) => "le chiffre d'affaires de Cyclon atteint 5 millions d'euros pour Nordwind chez Veloria ".repeat(n),
};

// Timings can be disturbed by whatever else the machine runs: a slow round is measured again.
describe('the clause model keeps reading linear on hostile text', { retry: 2 }, () => {
  for (const [kind, make] of Object.entries(hostile)) {
    test(`${kind}: doubling the input at most about doubles the time`, () => {
      const small = plainSentence(make(800));
      const large = plainSentence(make(1600));
      // The input reaches the clause model: it opens many clauses or holds many figures.
      const map = splitClauses(tokenize(small.text), PACKS.fr);
      expect(map.clauses.length + extractClaims(small, 'fr', ctx).length).toBeGreaterThan(800);
      const a = bestOf(() => extractClaims(small, 'fr', ctx));
      const b = bestOf(() => extractClaims(large, 'fr', ctx));
      expect(b / a).toBeLessThan(3);
    });
  }
});
