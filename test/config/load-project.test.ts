import { describe, expect, test } from 'vitest';
import type { RuleSource } from '../../src/check-types.js';
import { loadProject } from '../../src/config/load-project.js';
import { memoryHost, printed } from './helpers.js';

const FOUNDED_BUILTIN: RuleSource = {
  file: 'builtin/founded.yml',
  text: 'attribute: founded\ntype: year\npatterns:\n  en: ["{entity} was founded in {year}"]\n',
};

const ACME = 'entity: acme\nname: Acme\naliases: [ACME Group]\nfacts:\n  founded: 1987\n';

function load(files: Record<string, string>, configPath?: string, builtinRules: RuleSource[] = [FOUNDED_BUILTIN]) {
  const host = memoryHost(files);
  return { ...loadProject({ cwd: '/repo', configPath, host, builtinRules }), host };
}

describe('loadProject: finding the files', () => {
  test('without a config: defaults, articles minus node_modules and dot-folders', () => {
    const project = load({
      'facts/acme.yml': ACME,
      'README.md': '# Repo',
      'articles/2024/launch.md': 'Text',
      'node_modules/pkg/README.md': 'dependency',
      'articles/node_modules/x.md': 'dependency',
      '.github/pull_request_template.md': 'template',
    });
    expect(project.problems).toEqual([]);
    expect(project.config).toEqual({
      root: '.',
      articles: ['**/*.md'],
      facts: ['facts/**/*.{yml,yaml}'],
      rules: ['rules/**/*.{yml,yaml}'],
      severity: {},
      extraAttributes: [],
      ignore: [],
      gitignore: true,
    });
    expect(project.articles).toEqual(['README.md', 'articles/2024/launch.md']);
    expect(project.entities.map((e) => e.id)).toEqual(['acme']);
    expect(project.rules.map((r) => [r.attribute, r.builtin])).toEqual([['founded', true]]);
  });

  test('--config in a folder: globs relative to it, paths relative to the command', () => {
    const project = load(
      {
        'site/.factlint.yml': 'articles: posts/*.md\nfacts: data/*.yaml\nlanguage: fr\n',
        'site/posts/one.md': 'Texte',
        'site/data/acme.yaml': 'entity: acme\nname: Acme\nfacts:\n  founded: {value: 1987, asOf: hier}\n',
      },
      'site/.factlint.yml',
    );
    expect(project.config).toMatchObject({ root: 'site', file: 'site/.factlint.yml', language: 'fr' });
    expect(project.articles).toEqual(['site/posts/one.md']);
    expect(printed(project.problems)).toEqual([
      'site/data/acme.yaml:4:32: facts.founded.asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "hier"',
    ]);
  });

  test('--config naming a folder reads the .factlint.yml in it', () => {
    const project = load({ 'site/.factlint.yml': 'language: en\n', 'site/a.md': 'Text' }, 'site');
    expect(project.problems).toEqual([]);
    expect(project.config).toMatchObject({ root: 'site', file: 'site/.factlint.yml', language: 'en' });
    expect(project.articles).toEqual(['site/a.md']);
  });

  test('an absolute --config inside the command directory is shown relative to it', () => {
    const project = load({ 'site/.factlint.yml': 'language: de\n' }, '/repo/site/.factlint.yml');
    expect(printed(project.problems)).toEqual(['site/.factlint.yml:1:11: language: expected fr or en, got "de"']);
  });

  test('--config naming a missing file is an error at its first line', () => {
    const project = load({ 'facts/acme.yml': ACME }, 'conf/factlint.yml');
    expect(printed(project.problems)).toEqual(['conf/factlint.yml:1:1: config file not found']);
    expect(project.entities).toEqual([]);
  });

  test('a config with a mistake is still read for its other mistakes, all reported in one run', () => {
    const project = load({ '.factlint.yml': 'fatcs: data/*.yml\narticles: [post/*.md]\n', 'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: soon\n', 'posts/a.md': 'Text' });
    expect(printed(project.problems)).toEqual([
      '.factlint.yml:1:1: unknown key "fatcs", did you mean "facts"?',
      '.factlint.yml:2:12: articles: no file matches "post/*.md"',
      'facts/acme.yml:4:12: founded of "acme": expected a year (rule "founded" is of type year), got "soon"',
    ]);
  });

  test('a facts file with a schema error is still read for duplicate ids and values of the wrong type', () => {
    const project = load({
      'facts/acme.yml': 'entity: acme\nname: Acme\nalias: [Acmé]\nfacts:\n  founded: "long ago"\n',
      'facts/zeta.yml': 'entity: acme\nname: Acme Corp\n',
    });
    expect(printed(project.problems)).toEqual([
      'facts/acme.yml:3:1: unknown key "alias", did you mean "aliases"?',
      'facts/zeta.yml:1:9: entity "acme" is already declared at facts/acme.yml:1:9',
      'facts/acme.yml:5:12: founded of "acme": expected a year (rule "founded" is of type year), got "long ago"',
    ]);
  });

  test('a written glob that matches nothing is an error at the glob', () => {
    const project = load({
      '.factlint.yml': 'articles: ["posts/**/*.md", "drafts/*.md"]\nfacts: fact/*.yml\nrules: [rules/*.yml]\n',
      'posts/a.md': 'Text',
      'facts/acme.yml': ACME,
    });
    expect(printed(project.problems)).toEqual([
      '.factlint.yml:1:29: articles: no file matches "drafts/*.md"',
      '.factlint.yml:2:8: facts: no file matches "fact/*.yml"',
      '.factlint.yml:3:9: rules: no file matches "rules/*.yml"',
    ]);
    expect(project.articles).toEqual(['posts/a.md']);
  });

  test('a default glob that matches nothing is fine', () => {
    const project = load({ '.factlint.yml': 'language: fr\n' });
    expect(project.problems).toEqual([]);
    expect(project.articles).toEqual([]);
  });

  test('a negated glob excludes', () => {
    const project = load({
      '.factlint.yml': 'articles: ["**/*.md", "!drafts/**"]\n',
      'a.md': 'Text',
      'drafts/b.md': 'Text',
    });
    expect(project.problems).toEqual([]);
    expect(project.articles).toEqual(['a.md']);
  });
});

describe('loadProject: rules', () => {
  const PLANTS = 'attribute: plants\ntype: count\npatterns:\n  en: ["{count} plants"]\n';

  test('a repository rule with a built-in attribute replaces it', () => {
    const project = load({
      'rules/founded.yml': 'attribute: founded\ntype: year\npatterns:\n  fr: ["{entity} a vu le jour en {year}"]\n',
      'rules/plants.yml': PLANTS,
    });
    expect(project.problems).toEqual([]);
    expect(project.rules.map((r) => [r.attribute, r.builtin, r.declaredAt.file])).toEqual([
      ['founded', false, 'rules/founded.yml'],
      ['plants', false, 'rules/plants.yml'],
    ]);
    expect(project.rules[0].patterns.fr![0].pattern).toBe('{entity} a vu le jour en {year}');
  });

  test('two repository rules for one attribute is an error at the second', () => {
    const project = load({ 'rules/plants.yml': PLANTS, 'rules/sites.yml': PLANTS });
    expect(printed(project.problems)).toEqual([
      'rules/sites.yml:1:12: attribute: a rule for "plants" is already declared at rules/plants.yml:1:12',
    ]);
  });

  test('problems in rule files come back with their place', () => {
    const project = load({ 'rules/plants.yml': 'attribute: plants\ntype: count\npatterns: {de: ["{count} Werke"]}\n' });
    expect(printed(project.problems)).toEqual(['rules/plants.yml:3:12: patterns: unknown key "de" (expected fr or en)']);
  });

  test('a severity for an attribute no rule checks is a warning', () => {
    const project = load({ '.factlint.yml': 'severity:\n  founded: warning\n  fonded: error\n' });
    expect(printed(project.problems)).toEqual(['.factlint.yml:3:3: warning: severity.fonded: no rule checks "fonded"']);
    expect(project.config.severity).toEqual({ founded: 'warning', fonded: 'error' });
  });
});

describe('loadProject: entities', () => {
  test.each([
    ['a typo of a rule\'s attribute', 'fonded: 1987', 'facts/acme.yml:4:3: facts.fonded of "acme": no rule reads "fonded"; did you mean founded? (list data kept for other uses in extraAttributes in .factlint.yml)'],
    ['a key close to none', 'mascot: Wile', 'facts/acme.yml:4:3: facts.mascot of "acme": no rule reads "mascot"; the rules read founded (list data kept for other uses in extraAttributes in .factlint.yml)'],
  ])('a fact no rule reads is an error at its key: %s', (_name, line, message) => {
    const project = load({ 'facts/acme.yml': `entity: acme\nname: Acme\nfacts:\n  ${line}\n` });
    expect(printed(project.problems)).toEqual([message]);
  });

  test('extraAttributes in the config lets facts files keep data no rule reads', () => {
    const project = load({ '.factlint.yml': 'extraAttributes: [mascot, ticker]\n', 'facts/acme.yml': `${ACME}  mascot: Wile\n  ticker: ACME\n` });
    expect(project.problems).toEqual([]);
    expect(Object.keys(project.entities[0].facts)).toEqual(['founded', 'mascot', 'ticker']);
  });

  test('a fact whose value its rule cannot read is an error at the value', () => {
    const project = load({ 'facts/acme.yml': 'entity: acme\nname: Acme\nfacts:\n  founded: "in the eighties"\n' });
    expect(printed(project.problems)).toEqual([
      'facts/acme.yml:4:12: founded of "acme": expected a year (rule "founded" is of type year), got "in the eighties"',
    ]);
  });

  test('two entities with one id is an error naming the first', () => {
    const project = load({
      'facts/acme.yml': ACME,
      'facts/more.yml': 'entities:\n  - entity: beta\n    name: Beta\n  - entity: acme\n    name: Acme Corp\n',
    });
    expect(printed(project.problems)).toEqual(['facts/more.yml:4:13: entity "acme" is already declared at facts/acme.yml:1:9']);
    expect(project.entities.map((e) => e.id)).toEqual(['acme', 'beta']);
  });

  test('a name claimed by two entities, in any case and accents, is a warning naming both places', () => {
    const project = load({
      'facts/a.yml': 'entity: sg\nname: Société Générale\naliases: [SG]\n',
      'facts/b.yml': 'entity: other\nname: Other\naliases: [ "SOCIETE  generale", Sg ]\n',
    });
    expect(printed(project.problems)).toEqual([
      'facts/b.yml:3:12: warning: "SOCIETE  generale" names both "sg" (facts/a.yml:2:7) and "other" (facts/b.yml:3:12); claims near it will not be attributed',
      'facts/b.yml:3:33: warning: "Sg" names both "sg" (facts/a.yml:3:11) and "other" (facts/b.yml:3:33); claims near it will not be attributed',
    ]);
    expect(project.problems.every((p) => p.level === 'warning')).toBe(true);
    expect(project.entities).toHaveLength(2);
  });

  test('an alias repeating its own entity name is not a clash', () => {
    const project = load({ 'facts/a.yml': 'entity: acme\nname: Acme\naliases: [ACME, acmé]\n' });
    expect(project.problems).toEqual([]);
  });

  test('every bad file is reported in one run', () => {
    const project = load({
      'facts/a.yml': 'entity: a\nname: A\nfacts:\n  founded: {value: 1987, sorce: x}\n',
      'facts/b.yml': 'entity: b\n',
      'rules/c.yml': 'attribute: c\ntype: size\npatterns: {en: ["{count} c"]}\n',
    });
    expect(printed(project.problems)).toEqual([
      'facts/a.yml:4:26: facts.founded: unknown key "sorce", did you mean "source"?',
      'facts/b.yml:1:1: missing required key "name"',
      'rules/c.yml:2:7: type: expected year, date, count, money, percent, person or place, got "size"',
    ]);
  });
});
