import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { printed } from './helpers.js';

describe('parseConfig', () => {
  test('an empty file keeps every default', () => {
    const { value, problems } = parseConfig('# nothing to change yet\n', 'site/.factlint.yml');
    expect(problems).toEqual([]);
    expect(value!.config).toEqual({
      root: 'site',
      file: 'site/.factlint.yml',
      articles: ['**/*.md'],
      facts: ['facts/**/*.{yml,yaml}'],
      rules: ['rules/**/*.{yml,yaml}'],
      severity: {},
      extraAttributes: [],
      ignore: [],
      gitignore: true,
    });
    expect(value!.written).toEqual({});
  });

  test.each([
    ['corpusConsistency: false\n', false],
    ['corpusConsistency: true\n', undefined],
    ['', undefined],
  ])('%j turns checking articles against each other off only when false', (text, expected) => {
    expect(parseConfig(text, '.factlint.yml').value!.config.corpusConsistency).toBe(expected);
  });

  test('extraAttributes, ignore, gitignore and a severity turned off', () => {
    const text = 'extraAttributes: [website, ticker]\nignore: drafts/**\ngitignore: false\nseverity:\n  revenue: off\n';
    const { value, problems } = parseConfig(text, '.factlint.yml');
    expect(problems).toEqual([]);
    expect(value!.config).toMatchObject({ extraAttributes: ['website', 'ticker'], ignore: ['drafts/**'], gitignore: false, severity: { revenue: 'off' } });
  });

  test('a string or a list of globs, language and severities', () => {
    const text = 'articles: posts/**/*.md\nfacts: [data/*.yml, more/*.yaml]\nlanguage: en\nseverity:\n  founded: warning\n';
    const { value, problems } = parseConfig(text, '.factlint.yml');
    expect(problems).toEqual([]);
    expect(value!.config).toMatchObject({
      root: '.',
      articles: ['posts/**/*.md'],
      facts: ['data/*.yml', 'more/*.yaml'],
      rules: ['rules/**/*.{yml,yaml}'],
      language: 'en',
      severity: { founded: 'warning' },
    });
    expect(value!.written).toEqual({
      articles: [{ glob: 'posts/**/*.md', declaredAt: { file: '.factlint.yml', line: 1, column: 11 } }],
      facts: [
        { glob: 'data/*.yml', declaredAt: { file: '.factlint.yml', line: 2, column: 9 } },
        { glob: 'more/*.yaml', declaredAt: { file: '.factlint.yml', line: 2, column: 21 } },
      ],
    });
    expect(value!.severityAt.founded).toEqual({ file: '.factlint.yml', line: 5, column: 3 });
  });

  test('approximate: a percentage, kept as a share', () => {
    const { value, problems } = parseConfig('approximate: 10%\n', '.factlint.yml');
    expect(problems).toEqual([]);
    expect(value!.config.approximate).toBeCloseTo(0.1, 12);
  });

  test.each<[string, string, string[]]>([
    ['a mistyped key', 'fatcs: data/*.yml\n', ['.factlint.yml:1:1: unknown key "fatcs", did you mean "facts"?']],
    ['an unsupported language', 'language: de\n', ['.factlint.yml:1:11: language: expected fr or en, got "de"']],
    ['corpusConsistency that is not true or false', 'corpusConsistency: no\n', ['.factlint.yml:1:20: corpusConsistency: expected true or false, got "no"']],
    ['an empty glob list', 'articles: []\n', ['.factlint.yml:1:11: articles: expected a glob or a list of globs, got an empty list']],
    ['a number for a glob', 'rules: 3\n', ['.factlint.yml:1:8: rules: expected a glob or a list of globs, got 3']],
    ['an empty glob in a list', 'facts: [data/*.yml, ""]\n', ['.factlint.yml:1:21: facts[1]: expected a non-empty glob, got ""']],
    ['approximate as a bare number', 'approximate: 0.05\n', ['.factlint.yml:1:14: approximate: expected a percentage such as 5%, got 0.05']],
    ['approximate in words', 'approximate: five percent\n', ['.factlint.yml:1:14: approximate: expected a percentage such as 5%, got "five percent"']],
    ['a bad severity', 'severity:\n  founded: fatal\n', ['.factlint.yml:2:12: severity.founded: expected error, warning, notice or off, got "fatal"']],
    ['a severity for an attribute that is not kebab-case', 'severity:\n  Founded: error\n', [
      '.factlint.yml:2:3: severity.Founded: expected a kebab-case attribute (lowercase letters, digits and hyphens), got "Founded"',
    ]],
    ['everything at once', 'articles: 1\nlanguage: de\nextra: true\n', [
      '.factlint.yml:1:11: articles: expected a glob or a list of globs, got 1',
      '.factlint.yml:2:11: language: expected fr or en, got "de"',
      '.factlint.yml:3:1: unknown key "extra" (expected articles, facts, rules, language, corpusConsistency, approximate, severity, extraAttributes, ignore or gitignore)',
    ]],
  ])('%s', (_name, text, expected) => {
    const { value, problems } = parseConfig(text, '.factlint.yml');
    expect(value === undefined || problems.some((p) => p.level === 'error')).toBe(true);
    expect(printed(problems)).toEqual(expected);
  });
});
