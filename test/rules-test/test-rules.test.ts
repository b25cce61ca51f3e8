import { describe, expect, it } from 'vitest';
import { testRules, type RuleTestOptions } from '../../src/rules-test/test-rules.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';
import { builtinExampleCount } from '../helpers/builtin-sources.js';

const PLANTS = `attribute: plants
type: count
patterns:
  en: ["{entity} (runs|operates) {count} plants", "{count} plants"]
examples:
  en:
    match:
      - text: "Acme runs 3 plants."
        value: 3
      - text: "Acme operates 12 plants in Spain."
        value: 21
    noMatch:
      - "Acme has never run 4 plants."
      - "The garden has 40 plants."
`;

function run(files: Record<string, string>, options: Partial<RuleTestOptions> = {}) {
  const host = memoryHost(new Map(Object.entries(files)));
  const result = testRules({ cwd: '.', host, builtinRules: builtinSources(), ...options });
  return {
    ...result,
    messages: result.failures.map((f) => `${f.example.declaredAt.file}:${f.example.declaredAt.line}:${f.example.declaredAt.column}: ${f.message}`),
    problemTexts: result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.level}: ${p.message}`),
  };
}

describe('testRules', () => {
  it('runs the built-in rules and the configured ones, and points at each failing example', () => {
    const result = run({ 'rules/plants.yml': PLANTS });
    expect(result.tested.map((r) => r.attribute)).toEqual(['ceo', 'employees', 'founded', 'founders', 'headquarters', 'revenue', 'plants']);
    expect(result.messages).toEqual([
      'rules/plants.yml:10:15: expected to read plants = 21, read 12',
      'rules/plants.yml:14:9: expected no plants claim, read 40 from "40 plants"',
    ]);
    expect(result.passed).toBe(builtinExampleCount() + 2);
    expect(result.problemTexts).toEqual([]);
  });

  it('with PATHS, tests only the rules they name, still among the built-in ones', () => {
    const result = run({ 'more/plants.yml': PLANTS, 'rules/other.yml': 'not: a rule\n' }, { paths: ['more'] });
    expect(result.tested.map((r) => r.attribute)).toEqual(['plants']);
    expect(result.passed).toBe(2);
    expect(result.failures).toHaveLength(2);
  });

  it('reads the rules the configuration names', () => {
    const result = run({ '.factlint.yml': 'rules: [house-rules/*.yml]\n', 'house-rules/plants.yml': PLANTS, 'rules/ignored.yml': 'oops' });
    expect(result.tested.at(-1)?.attribute).toBe('plants');
    expect(result.problemTexts).toEqual([]);
  });

  it('a repository rule replaces the built-in rule of the same attribute', () => {
    const founded = 'attribute: founded\ntype: year\npatterns:\n  en: ["set up in {year}"]\nexamples:\n  en:\n    match:\n      - {text: "Acme was founded in 1987.", value: 1987}\n';
    const result = run({ 'rules/founded.yml': founded });
    expect(result.tested.filter((r) => r.attribute === 'founded').map((r) => r.builtin)).toEqual([false]);
    expect(result.messages).toEqual(['rules/founded.yml:8:16: expected to read founded = 1987, read nothing']);
  });

  it('fails an example that a more specific rule reads instead, as check would', () => {
    const cloud = 'attribute: cloud-revenue\ntype: money\npatterns:\n  en: ["cloud revenue (reached|was) {money}"]\n';
    const vague = `attribute: cloud-sales
type: money
patterns:
  en: ["revenue (reached|was) {money}"]
examples:
  en:
    match:
      - {text: "Cloud revenue reached €3 million.", value: 3e6}
`;
    const result = run({ 'rules/cloud-revenue.yml': cloud, 'rules/cloud-sales.yml': vague });
    expect(result.messages).toEqual(['rules/cloud-sales.yml:8:16: expected to read cloud-sales = 3000000, read nothing']);
  });

  it('reports bad rule files with file:line:col, and rules without examples as warnings', () => {
    const result = run({
      'rules/bad.yml': 'attribute: bad\ntype: counts\npatterns:\n  en: ["{count} x"]\n',
      'rules/broken-pattern.yml': 'attribute: broken-pattern\ntype: count\npatterns:\n  en: ["(a|b {count}"]\n',
      'rules/bare.yml': 'attribute: bare\ntype: count\npatterns:\n  en: ["{count} bares"]\n',
    });
    expect(result.problemTexts).toEqual([
      expect.stringMatching(/^rules\/bad\.yml:2:7: error: type: /),
      expect.stringMatching(/^rules\/broken-pattern\.yml:4:8: error: rule broken-pattern, pattern "\(a\|b \{count\}": "\(" is never closed/),
      'rules/bare.yml:1:12: warning: rule bare has no examples to test',
      'rules/broken-pattern.yml:1:12: warning: rule broken-pattern has no examples to test',
    ]);
  });

  it('a path that names nothing is an error, never a silent pass', () => {
    expect(run({}, { paths: ['rules/nope.yml'] }).problemTexts).toEqual(['rules/nope.yml:1:1: error: no such file or directory']);
  });
});
