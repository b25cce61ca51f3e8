import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/claims/rule-set.js';
import type { Rule, ValueType } from '../../src/types.js';

function rule(type: ValueType, pattern: string): Rule {
  const at = { file: 'rules/x.yml', line: 4, column: 7 };
  return { attribute: 'x', type, patterns: { en: [{ pattern, declaredAt: at }] }, examples: [], builtin: false, declaredAt: at };
}

describe('compileRules: author errors in patterns, with file:line:col', () => {
  test.each([
    ['count', '{count} data centres', undefined],
    ['count', '{entity} (runs|operates) [about] {count} (plants|factories)', undefined],
    ['count', '{count} ... in {year}', undefined],
    ['count', '{cout} data centres', 'rules/x.yml:4:7: rule x, pattern "{cout} data centres": unknown slot {cout}: expected one of {entity}, {year}, {date}, {count}, {money}, {percent}, {person}, {place}'],
    ['count', 'data centres', 'rules/x.yml:4:7: rule x, pattern "data centres": can match without a {count} slot, so it would read no value'],
    ['count', '[{count}] data centres', 'rules/x.yml:4:7: rule x, pattern "[{count}] data centres": can match without a {count} slot, so it would read no value'],
    ['count', '{count} to {count}', 'rules/x.yml:4:7: rule x, pattern "{count} to {count}": reads more than one {count}; a pattern reads exactly one value'],
    ['count', '{person} runs {count} plants', undefined],
    ['count', '{place} has {count} plants', 'rules/x.yml:4:7: rule x, pattern "{place} has {count} plants": slot {place} cannot be used in a rule of type count (allowed: {count}, {entity}, {year}, {date}, {person})'],
    ['count', '({count} plants', 'rules/x.yml:4:7: rule x, pattern "({count} plants": "(" is never closed'],
    ['count', '{count} plants)', 'rules/x.yml:4:21: rule x, pattern "{count} plants)": unexpected ")"'],
    ['count', '[ ]', 'rules/x.yml:4:7: rule x, pattern "[ ]": matches empty text, so it can never point at a figure'],
    ['count', '{entity} and {entity} run {count} plants', 'rules/x.yml:4:7: rule x, pattern "{entity} and {entity} run {count} plants": has more than one {entity}'],
    ['count', `{count} ${'('.repeat(17)}plants${')'.repeat(17)}`, `rules/x.yml:4:31: rule x, pattern "{count} ${'('.repeat(17)}plants${')'.repeat(17)}": brackets nested more than 16 deep`],
    ['count', `{count} ${'... '.repeat(125)}plants`, `rules/x.yml:4:7: rule x, pattern "{count} ${'... '.repeat(125)}plants": compiles to 2,003 automaton states, more than the 2,000 a pattern may have (each \`...\` costs 16, each word, slot, alternative or optional part 1)`],
  ] as const)('%s rule "%s"', (type, pattern, message) => {
    const { problems } = compileRules([rule(type, pattern)]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual(message ? [message] : []);
  });
});

describe('compileRules: the size of the automaton is bounded', () => {
  test('10,000 gap patterns are refused at the pattern that passes the limit, once', () => {
    const patterns = Array.from({ length: 10_000 }, (_, i) => ({ pattern: `{entity} ... plants ... {count}`, declaredAt: { file: 'rules/x.yml', line: 5 + i, column: 9 } }));
    const big: Rule = { attribute: 'x', type: 'count', patterns: { en: patterns }, examples: [], builtin: false, declaredAt: patterns[0].declaredAt };
    const { problems } = compileRules([big]);
    // Each pattern is 1 + 16 + 1 + 16 + 1 states and an accepting one: 36; 555 of them fit in 20,000.
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'rules/x.yml:560:9: rule x, pattern "{entity} ... plants ... {count}": the en patterns of all rules compile past 20,000 automaton states, the most a rule set may have, so that no sentence takes long to read; use fewer patterns, or fewer gaps (`...` costs 16 states) and alternatives',
    ]);
  });
});
