import { describe, expect, test } from 'vitest';
import { parseRule } from '../../src/config/parse-rule.js';
import { printed, yaml } from './helpers.js';

const FILE = 'rules/plants.yml';

describe('parseRule: valid files', () => {
  test('patterns, tolerance, severity and examples keep their places', () => {
    const text = yaml`
      attribute: plants
      type: count
      patterns:
        fr: ["{entity} exploite {count} usines"]
        en:
          - "{entity} runs {count} plants"
          - "{count} plants"
      tolerance: 10%
      severity: warning
      examples:
        fr:
          match:
            - text: "Le groupe exploite 12 usines en Europe."
              value: 12
          noMatch:
            - "Le groupe n'exploite pas 12 usines."
        en:
          noMatch: ["It plans to build 3 plants."]
    `;
    const { value, problems } = parseRule(text, FILE);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      attribute: 'plants',
      type: 'count',
      patterns: {
        fr: [{ pattern: '{entity} exploite {count} usines', declaredAt: { file: FILE, line: 4, column: 8 } }],
        en: [
          { pattern: '{entity} runs {count} plants', declaredAt: { file: FILE, line: 6, column: 7 } },
          { pattern: '{count} plants', declaredAt: { file: FILE, line: 7, column: 7 } },
        ],
      },
      tolerance: { kind: 'relative', amount: 0.1 },
      severity: 'warning',
      examples: [
        { lang: 'fr', text: 'Le groupe exploite 12 usines en Europe.', value: 12, match: true, declaredAt: { file: FILE, line: 13, column: 15 } },
        { lang: 'fr', text: "Le groupe n'exploite pas 12 usines.", match: false, declaredAt: { file: FILE, line: 16, column: 9 } },
        { lang: 'en', text: 'It plans to build 3 plants.', match: false, declaredAt: { file: FILE, line: 18, column: 15 } },
      ],
      builtin: false,
      declaredAt: { file: FILE, line: 1, column: 12 },
    });
  });

  test('one language is enough, and examples are optional', () => {
    const { value, problems } = parseRule('attribute: mayor\ntype: person\npatterns:\n  fr: ["le maire {person}"]\n', FILE);
    expect(problems).toEqual([]);
    expect(value!.patterns).toEqual({ fr: [{ pattern: 'le maire {person}', declaredAt: { file: FILE, line: 4, column: 8 } }] });
    expect(value!.examples).toEqual([]);
  });
});

describe('parseRule: invalid files', () => {
  test.each<[string, string, string[]]>([
    ['an unknown type', 'attribute: plants\ntype: counts\npatterns: {en: ["{count} plants"]}\n', [
      'rules/plants.yml:2:7: type: expected year, date, count, money, percent, person or place, got "counts"',
    ]],
    ['no pattern at all', 'attribute: plants\ntype: count\npatterns: {}\n', [
      'rules/plants.yml:3:11: patterns: expected at least one pattern, under fr or en, got an empty mapping',
    ]],
    ['an empty pattern list', 'attribute: plants\ntype: count\npatterns: {fr: []}\n', [
      'rules/plants.yml:3:16: patterns.fr: expected at least one pattern, got an empty list',
    ]],
    ['an unknown language', 'attribute: plants\ntype: count\npatterns:\n  de: ["{count} Werke"]\n', [
      'rules/plants.yml:4:3: patterns: unknown key "de" (expected fr or en)',
    ]],
    ['an attribute that is not kebab-case', 'attribute: Plants Count\ntype: count\npatterns: {en: ["{count} plants"]}\n', [
      'rules/plants.yml:1:12: attribute: expected a kebab-case attribute (lowercase letters, digits and hyphens), got "Plants Count"',
    ]],
    ['a missing type', 'attribute: plants\npatterns: {en: ["{count} plants"]}\n', ['rules/plants.yml:1:1: missing required key "type"']],
    ['a match example without its value', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\nexamples:\n  en:\n    match:\n      - text: "12 plants"\n', [
      'rules/plants.yml:7:9: examples.en.match[0]: missing required key "value"',
    ]],
    ['a match example written as a plain string', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\nexamples:\n  en:\n    match: ["12 plants"]\n', [
      'rules/plants.yml:6:13: examples.en.match[0]: expected a mapping, got "12 plants"',
    ]],
    ['a mistyped example key', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\nexamples:\n  en:\n    nomatch: ["x"]\n', [
      'rules/plants.yml:6:5: examples.en: unknown key "nomatch", did you mean "noMatch"?',
    ]],
    ['a bad tolerance and severity together', 'attribute: plants\ntype: count\npatterns: {en: ["{count} plants"]}\ntolerance: 5 percent\nseverity: high\n', [
      'rules/plants.yml:4:12: tolerance: expected a tolerance (a percentage such as 5%, or a non-negative number), got "5 percent"',
      'rules/plants.yml:5:11: severity: expected error, warning or notice, got "high"',
    ]],
    ['a top-level list', '- attribute: plants\n', ['rules/plants.yml:1:1: expected a mapping, got a list']],
  ])('%s', (_name, text, expected) => {
    const { value, problems } = parseRule(text, FILE);
    expect(value === undefined || problems.some((p) => p.level === 'error')).toBe(true);
    expect(printed(problems)).toEqual(expected);
  });
});
