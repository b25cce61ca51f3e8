import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/claims/rule-set.js';
import { exampleVariants, VARIANT_KINDS, type VariantKind } from '../../src/rules-test/example-variants.js';
import { exampleFailure } from '../../src/rules-test/run-examples.js';
import { builtinRules } from '../helpers/knowledge.js';

/**
 * Every built-in example that states a judged reading of a known owner is
 * turned into variants whose right reading is known, and each variant is
 * read among all the built-in rules.
 */
const rules = builtinRules();
const { ruleSet } = compileRules(rules);
const variants = rules.flatMap((rule) => rule.examples.flatMap((example) => exampleVariants(example, rule).map((v) => ({ rule, ...v }))));

/** Kinds the reading does not yet get right, each asserted with its right reading and marked as failing: none since the clause model. */
const NOT_YET: ReadonlySet<VariantKind> = new Set<VariantKind>();

function failures(kind: VariantKind): string[] {
  return variants
    .filter((v) => v.kind === kind)
    .flatMap((v) => {
      const message = exampleFailure(v.rule, v.example, ruleSet);
      return message ? [`${v.rule.attribute} ${v.example.lang}: ${v.example.text} -> ${message}`] : [];
    });
}

describe('variants of the built-in rules\' whole-reading examples', () => {
  test('every built-in rule has examples that make variants, in both languages', () => {
    for (const rule of rules) {
      for (const lang of ['fr', 'en'] as const) expect(variants.some((v) => v.rule === rule && v.example.lang === lang), `${rule.attribute} ${lang}`).toBe(true);
    }
  });

  for (const kind of VARIANT_KINDS) {
    const made = variants.filter((v) => v.kind === kind);
    test(`${kind}: ${made.length} variants were made`, () => expect(made.length).toBeGreaterThan(0));
    (NOT_YET.has(kind) ? test.fails : test)(`${kind}: each variant reads as its kind says`, () => expect(failures(kind)).toEqual([]));
  }

  test('the variants of one example, as written', () => {
    const employees = rules.find((r) => r.attribute === 'employees')!;
    const example = employees.examples.find((e) => e.text === 'Acme employs 2,300 people.')!;
    expect(exampleVariants(example, employees).map((v) => [v.kind, v.example.text, v.example.match])).toEqual([
      ['negated', 'It is not true that Acme employs 2,300 people.', false],
      ['condition', 'If Acme employs 2,300 people, the plan would change.', false],
      ['planned', 'Management expects that Acme employs 2,300 people.', false],
      ['denied', 'Acme denied reports that Acme employs 2,300 people.', false],
      ['future', 'In 2040, Acme employs 2,300 people.', false],
      ['other-owner', 'Zorvane employs 2,300 people.', false],
      ['subsidiary', 'The German subsidiary of Acme employs 2,300 people.', false],
      ['relative-clause', 'Acme, which acquired Zorvane in 1931, employs 2,300 people.', true],
      ['comparison', 'Acme employs 2,300 people, compared with 40 in 1931.', true],
    ]);
  });

  test('an example without a judged reading of a known owner makes no variants', () => {
    const founded = rules.find((r) => r.attribute === 'founded')!;
    const plain = founded.examples.find((e) => e.match && e.expect === undefined)!;
    expect(exampleVariants(plain, founded)).toEqual([]);
  });
});
