import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseRule } from '../../src/config/index.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { runExamples } from '../../src/rules-test/run-examples.js';
import type { Rule } from '../../src/types.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');
const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yml')).sort();

function load(file: string): Rule {
  const parsed = parseRule(readFileSync(join(RULES_DIR, file), 'utf8'), `rules/${file}`);
  expect(parsed.problems).toEqual([]);
  return { ...parsed.value!, builtin: true };
}

describe('built-in rules', () => {
  test('the six built-in attributes each have a rule file named after them', () => {
    expect(files).toEqual(['ceo.yml', 'employees.yml', 'founded.yml', 'founders.yml', 'headquarters.yml', 'revenue.yml']);
    for (const f of files) expect(load(f).attribute).toBe(f.replace(/\.yml$/, ''));
  });

  for (const file of files) {
    describe(file, () => {
      const rule = load(file);
      const { ruleSet, problems } = compileRules([rule]);
      test('every pattern compiles', () => expect(problems).toEqual([]));
      test('has examples in French and English, matching and not', () => {
        for (const lang of ['fr', 'en'] as const) {
          expect(rule.examples.some((e) => e.lang === lang && e.match), `${lang} match`).toBe(true);
          expect(rule.examples.some((e) => e.lang === lang && !e.match), `${lang} noMatch`).toBe(true);
        }
      });
      for (const example of rule.examples) {
        test(`${example.lang} ${example.match ? 'match' : 'noMatch'} (line ${example.declaredAt.line}): ${example.text}`, () => {
          const report = runExamples([{ ...rule, examples: [example] }], ruleSet);
          expect(report.failures.map((f) => f.message)).toEqual([]);
        });
      }
    });
  }
});
