import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { readYaml, type YamlPath } from '../../src/config/yaml-source.js';

/** Every path to a value in plain data, the root included. */
function paths(data: unknown, prefix: YamlPath = []): YamlPath[] {
  if (Array.isArray(data)) return [prefix, ...data.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof data === 'object' && data !== null) return [prefix, ...Object.entries(data).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

/** The fast reader must say exactly what the full parser says: data, and every place and number. */
function expectSameAsFullParser(text: string): void {
  const fast = readPlainYaml(text, 'facts/acme.yml');
  const full = readYaml(text, 'facts/acme.yml');
  expect(fast, 'read by the fast reader').toBeDefined();
  expect(fast!.data).toEqual(full.data);
  const all = [...paths(full.data), ['missing'], ['entities', 0, 'missing'], ['facts', 'nope', 3]];
  // In both orders: a walk resumes from the path before it, which must not change where it leads.
  for (const path of [...all, ...all.reverse()]) {
    expect(fast!.positionOf(path), `positionOf ${path.join('.')}`).toEqual(full.positionOf(path));
    expect(fast!.keyPositionOf(path), `keyPositionOf ${path.join('.')}`).toEqual(full.keyPositionOf(path));
    expect(fast!.numberSourceOf(path), `numberSourceOf ${path.join('.')}`).toEqual(full.numberSourceOf(path));
  }
}

const ACME = `# Acme's facts
entity: acme
name: Acme Industries
aliases: [Acme, "Acme Group", 'L''Acme']
facts:
  founded: 1999   # the year of the first plant
  founders: [Jeanne Rivet, Paul Ardent]
  headquarters: Lyon
  employees:
    - value: 1450
      asOf: 2019-01
      source: "Rapport annuel, 2019"
    -   value: 2.2e3
        asOf: 2023-12
  revenue:
  - value: 275.3e6
    unit: EUR
    period: 2025-09-01/2025-11-30
    label: Q1 FY2026
    tolerance: 5%
  ceo:
    - value: Marie Durand
      from: 2018-08
      until: 2024-10
  listed: true
  delisted: null
  ticker: ~
  ratio: .5
  sign: -12
  plus: +7
  tags: []
`;

describe('the fast reader of plain YAML', () => {
  it('reads a facts file exactly as the full parser does, places and numbers included', () => {
    expectSameAsFullParser(ACME);
  });

  it('reads many entities under entities: exactly as the full parser does', () => {
    const entities = Array.from({ length: 40 }, (_, i) =>
      [`  - entity: veloria-${i}`, `    name: Veloria ${i}`, `    aliases: [Velo${i}]`, '    facts:', `      founded: ${1950 + i}`, '      employees:', `        - value: ${100 * i}`, '          asOf: 2024-01'].join('\n'),
    );
    expectSameAsFullParser(`entities:\n${entities.join('\n')}\n`);
  });

  it('finds the places of keys that objects already have, and of items in lists of lists of mappings', () => {
    expectSameAsFullParser('constructor: 1\ntoString: [a, b]\nnested:\n  - value: 3\n    valueOf: x\n  - [c]\n');
  });

  it.each([
    ['words one space apart', 'name: Veloria Grand Est\nlabel: FY 2024-25\n'],
    ['words two spaces apart, and a space at the end', 'name: Veloria  Grand \nlabel: FY 2024\n'],
    ['a comment after a value', 'name: Veloria # the group\nfounded: 1987 # first plant\n'],
    ['a hash and a colon inside a word', 'name: Veloria#2\nsite: veloria:fr\n'],
    ['a comma and a quote inside a value', "name: Veloria, l'usine\nsource: Rapport \"annuel\" 2024\n"],
    ['signed numbers and a word that starts with a hyphen', 'delta: -12\nscore: +3.5\nname: -Veloria\n'],
    ['a non-breaking space inside a name', 'name: Veloria\u00a0Grand\n'],
  ])('reads plain scalars as the full parser does: %s', (_, text) => {
    expectSameAsFullParser(text);
  });

  it.each([
    ['plain words and colons', 'name: Nordwind: the group\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1999\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a scalar over two lines', 'name: Cyclon\n  Industries\n'],
    ['an escape', 'name: "Cyclon\\tIndustries"\n'],
    ['a quote left open', 'name: "Cyclon\n'],
    ['a duplicate key', 'name: Cyclon\nname: Veloria\n'],
    ['a tab', 'facts:\n\tfounded: 1999\n'],
    ['a flow mapping', 'facts: {founded: 1999}\n'],
    ['a nested flow list', 'aliases: [[Cyclon]]\n'],
    ['a hexadecimal number', 'founded: 0x7CF\n'],
    ['an infinity', 'founded: .inf\n'],
    ['a document marker', '---\nname: Cyclon\n'],
    ['a list item holding a list', 'aliases:\n  - - Cyclon\n'],
    ['a key with no value', 'name:\n'],
    ['a key that YAML reads as a boolean', 'true: 1\n'],
    ['an empty file', '# nothing\n'],
    ['a carriage return', 'name: Cyclon\r\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(readPlainYaml(text, 'facts/cyclon.yml')).toBeUndefined();
  });
});
