/**
 * YAML that breaks parsers: alias bombs, aliases with no anchor or that
 * contain themselves, deep nesting, duplicate keys, tabs. Each is an author
 * error at `file:line:col` in `.factlint.yml`, a facts file or a rule
 * file, never a crash and never a hang.
 */
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { parseConfig, parseFacts, parseRule } from '../../src/config/index.js';
import { readYaml } from '../../src/config/yaml-source.js';
import { doublingRatio } from '../helpers/doubling.js';
import { memoryHost, printed } from './helpers.js';

/** Nine times nine times ... "x": 9^6 = 531,441 values from seven short lines. */
const BOMB = [
  'entity: acme',
  'name: Acme',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '',
].join('\n');

const cases: [string, string, string[]][] = [
  ['an alias bomb', BOMB, ['f.yml:7:8: invalid YAML: aliases expand this file past 10,000 values: an alias may repeat a value, not multiply the file']],
  ['an alias with no anchor', 'entity: acme\nname: *nope\n', ['f.yml:2:7: invalid YAML: alias *nope has no anchor &nope before it']],
  ['an alias before its anchor', 'entity: *id\nname: &id acme\n', ['f.yml:1:9: invalid YAML: alias *id has no anchor &id before it']],
  ['an alias inside the value it names', 'entity: acme\nname: Acme\naliases: &a [Acme Co, *a]\n', ['f.yml:3:23: invalid YAML: alias *a is inside the value it names, so that value would never end']],
  ['a list nested 100 levels deep', `entity: acme\nname: Acme\naliases: ${'['.repeat(100)}${']'.repeat(100)}\n`, ['f.yml:3:73: invalid YAML: nested more than 64 levels deep']],
  ['a list nested 20,000 levels deep', `entity: acme\nname: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, []],
  ['a mapping nested 100 levels deep', `entity: acme\nname: Acme\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n`, ['f.yml:67:65: invalid YAML: nested more than 64 levels deep']],
  ['a duplicate key', 'entity: acme\nname: Acme\nname: Acme Co\n', ['f.yml:3:1: invalid YAML: duplicate key "name"']],
  ['a tab as indentation', 'entity: acme\nname: Acme\nfacts:\n\tfounded: 1999\n', ['f.yml:4:1: invalid YAML: Tabs are not allowed as indentation']],
  ['a list as a key', 'entity: acme\nname: Acme\n? [a, b]\n: x\n', ['f.yml:3:3: invalid YAML: a key must be a word or quoted text, not a list or a mapping']],
  ['two documents', 'entity: acme\nname: Acme\n---\nentity: b\n', ['f.yml:3:1: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()']],
];

describe('hostile YAML in a facts file', () => {
  test.each(cases)('%s', (_, text, expected) => {
    const problems = printed(parseFacts(text, 'f.yml').problems);
    if (expected.length > 0) expect(problems).toEqual(expected);
    else {
      // yaml's own parser gives up on this one; where it says so depends on the stack, so only the message is fixed.
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]).toMatch(/^f\.yml:\d+:\d+: invalid YAML: nested too deeply to read \(at most 64 levels\)$/);
    }
  });
});

describe('the same errors in a rule file and in .factlint.yml', () => {
  test('an alias with no anchor in a rule file', () => {
    const text = 'attribute: plants\ntype: count\npatterns:\n  en: [*missing]\n';
    expect(printed(parseRule(text, 'rules/plants.yml').problems)).toEqual(['rules/plants.yml:4:8: invalid YAML: alias *missing has no anchor &missing before it']);
  });

  test('an alias bomb in .factlint.yml', () => {
    const text = BOMB.replace('entity: acme\nname: Acme\n', 'articles: ["**/*.md"]\n');
    expect(printed(parseConfig(text, '.factlint.yml').problems)).toEqual([
      '.factlint.yml:6:8: invalid YAML: aliases expand this file past 10,000 values: an alias may repeat a value, not multiply the file',
    ]);
  });

  test('through the loader: each file has its error and the run goes on to the next file', () => {
    const project = loadProject({
      cwd: '.',
      host: memoryHost({
        '.factlint.yml': 'facts: ["facts/*.yml"]\n',
        'facts/a.yml': BOMB,
        'facts/b.yml': 'entity: b\nname: *nope\n',
        'facts/c.yml': 'entity: c\nname: Cyclon\n',
        'rules/r.yml': `attribute: r\ntype: count\npatterns:\n  en: ${'['.repeat(70)}x${']'.repeat(70)}\n`,
      }),
      builtinRules: [],
    });
    expect(printed(project.problems)).toEqual([
      'facts/a.yml:7:8: invalid YAML: aliases expand this file past 10,000 values: an alias may repeat a value, not multiply the file',
      'facts/b.yml:2:7: invalid YAML: alias *nope has no anchor &nope before it',
      'rules/r.yml:4:69: invalid YAML: nested more than 64 levels deep',
    ]);
    expect(project.entities.map((e) => e.id)).toEqual(['c']);
  });
});

describe('aliases that only repeat a value are read as written', () => {
  test('an anchor used by several statements', () => {
    const text = 'entity: acme\nname: Acme\nfacts:\n  employees:\n    - {value: 10, asOf: 2019-01, source: &s "Annual report"}\n    - {value: 12, asOf: 2020-01, source: *s}\n';
    const parsed = parseFacts(text, 'f.yml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value![0].entity.facts.employees.map((s) => [s.value, s.source, s.declaredAt.line])).toEqual([
      [10, 'Annual report', 5],
      [12, 'Annual report', 6],
    ]);
  });

  test('__proto__ as a key is a key like any other', () => {
    expect(readYaml('__proto__: {polluted: true}\n', 'f.yml').data).toEqual(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading YAML in linear time', () => {
  const aliases = (n: number) => `a: &a x\nlist:\n${'  - *a\n'.repeat(n)}`;
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
  test.each<[string, (n: number) => string, number]>([
    ['many aliases to one anchor', aliases, 4_000],
    ['many keys', keys, 5_000],
  ])('%s: doubling the file at most about doubles the time', (_, make, n) => {
    expect(readYaml(make(n), 'f.yml').problems).toEqual([]);
    expect(doublingRatio(make, (text) => readYaml(text, 'f.yml'), n)).toBeLessThan(3);
  });
});
