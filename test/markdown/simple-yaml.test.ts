import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readSimpleYaml } from '../../src/markdown/simple-yaml.js';

describe('readSimpleYaml: the front-matter fast path reads what YAML reads, or declines', () => {
  test.each([
    'title: "OVH accélère"\ndate: 2018-11-20\nlang: fr\nabout: [ovhcloud]\n',
    "title: 'Un titre'\ndate: 2018-11\nabout: [a, b]   # two\n",
    'date: 2026\nlang: en\ndraft: true\nweight: 1.5e3\nempty:\nnone: ~\n',
    'title: Plain title with a # inside\n# a comment\n\nabout: ovhcloud\n',
    'about: []\n',
  ])('%j', (text) => {
    const pairs = readSimpleYaml(text);
    expect(pairs).toBeDefined();
    expect(Object.fromEntries(pairs!.map((p) => [p.key, p.value]))).toEqual(parse(text));
  });

  test.each([
    'about:\n  - ovhcloud\n',
    'title: "escaped \\" quote"\n',
    "title: 'it''s'\n",
    'title: a: b\n',
    'title: |\n  block\n',
    'title: &anchor x\n',
    'lang: fr\nlang: en\n',
    'about: [a, [b]]\n',
    'tags: {a: 1}\n',
    '  indented: x\n',
    'title: "unclosed\n',
  ])('declines %j', (text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  test('offsets point at the values', () => {
    const text = 'title: "T"\ndate: 2024-01\n';
    expect(readSimpleYaml(text)!.map((p) => text.slice(p.at, p.at + 4))).toEqual(['"T"\n', '2024']);
  });
});
