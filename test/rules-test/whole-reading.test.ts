import { describe, expect, it } from 'vitest';
import { testRules } from '../../src/rules-test/test-rules.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

/** A repository rule whose examples state their whole reading, judged by a small context. */
const PLANTS = (examples: string) => `attribute: plants
type: count
patterns:
  en: ["(runs|ran|operates) {count} plants", "{count} plants"]
examples:
  context:
    date: 2025-06-01
    about: [acme]
    facts:
      - entity: acme
        name: Acme
        facts:
          plants:
            - { value: 3, asOf: 2024-12 }
            - { value: 5, asOf: 2020-12 }
  en:
${examples}`;

function run(examples: string) {
  const host = memoryHost(new Map([['rules/plants.yml', PLANTS(examples)]]));
  const result = testRules({ cwd: '.', host, builtinRules: builtinSources(), paths: ['rules'] });
  return { problems: result.problems, passed: result.passed, messages: result.failures.map((f) => `${f.example.declaredAt.line}: ${f.message}`) };
}

describe('rule examples that state the whole reading', () => {
  it('pass when the value, owner, time and verdict are the ones read', () => {
    const result = run(`    match:
      - text: "Acme runs 3 plants."
        value: 3
        entity: acme
        time: article
        verdict: agrees
      - text: "In 2020, the company ran 4 plants."
        value: 4
        entity: acme
        time: 2020
        verdict: contradiction
      - text: "Acme runs 3 plants in Spain."
        value: 3
        verdict: not judged
        reason: a part
      - text: "Acme does not run 3 plants."
        value: 3
        verdict: not judged
        reason: negated
    noMatch:
      - "Cyclon runs 9 plants."
`);
    expect(result.messages).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(5);
  });

  it('say which part of the reading differs, and what was read', () => {
    const result = run(`    match:
      - text: "Acme runs 4 plants."
        value: 4
        verdict: agrees
      - text: "In 2020, Acme ran 5 plants."
        value: 5
        time: 2024
      - text: "Acme runs 4 plants."
        value: 4
        entity: cyclon
      - text: "Acme runs 3 plants."
        value: 3
        verdict: not judged
        reason: negated
`);
    expect(result.messages).toEqual([
      '18: expected to read plants = 4, agrees, read 4 of acme at article, contradiction',
      '21: expected to read plants = 5, 2024, read 5 of acme at 2020, agrees',
      '24: expected to read plants = 4, cyclon, read 4 of acme at article, contradiction',
      '27: expected to read plants = 3, not judged, negated, read 3 of acme at article, agrees',
    ]);
  });

  it('with context facts, only their names are entities: an unknown company is not judged', () => {
    const result = run(`    match:
      - text: "Cyclon runs 9 plants."
        value: 9
        entity: null
        verdict: not judged
    noMatch:
      - "Acme does not run 9 plants."
`);
    expect(result.messages).toEqual([]);
  });

  it('a verdict needs context facts to be judged by', () => {
    const host = memoryHost(
      new Map([['rules/plants.yml', 'attribute: plants\ntype: count\npatterns:\n  en: ["{count} plants"]\nexamples:\n  en:\n    match:\n      - text: "Acme runs 3 plants."\n        value: 3\n        verdict: agrees\n']]),
    );
    const result = testRules({ cwd: '.', host, builtinRules: builtinSources(), paths: ['rules'] });
    expect(result.failures.map((f) => f.message)).toEqual(['expects a verdict, but the examples have no context facts to judge it by']);
  });

  it('a bad context is an author error at its line', () => {
    const host = memoryHost(
      new Map([['rules/plants.yml', 'attribute: plants\ntype: count\npatterns:\n  en: ["{count} plants"]\nexamples:\n  context:\n    date: soon\n    facts:\n      - entity: Acme\n        name: Acme\n  en:\n    noMatch:\n      - "Acme runs no plants."\n']]),
    );
    const result = testRules({ cwd: '.', host, builtinRules: builtinSources(), paths: ['rules'] });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '7:11 examples.context.date: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "soon"',
      '9:17 examples.context.facts[0].entity: expected a kebab-case entity id (lowercase letters, digits and hyphens), got "Acme"',
    ]);
  });
});
