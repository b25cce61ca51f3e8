import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/index.js';
import type { ImportedEntity } from '../../src/import/imported-entity.js';
import { mergeFactsFile } from '../../src/import/merge-facts-file.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

const imported: ImportedEntity = {
  item: 'Q9001',
  id: 'acme-robotique',
  name: 'Acmé Robotique',
  aliases: ['Acme Robotics', 'Acmé'],
  facts: {
    founded: [{ value: 1994, source: 'Wikidata Q9001 P571' }],
    founders: [{ value: ['Ada Martin', 'Paul Durand'], source: 'Wikidata Q9001 P112' }],
    headquarters: [{ value: 'Lyon', source: 'Wikidata Q9001 P159' }],
    employees: [
      { value: 1200, asOf: '2019', source: 'Wikidata Q9001 P1128' },
      { value: 1450, asOf: '2023-12', source: 'Wikidata Q9001 P1128' },
    ],
    revenue: [{ value: 412500000, unit: 'EUR', period: '2023', source: 'Wikidata Q9001 P2139' }],
    ceo: [{ value: 'Claire Roux', from: '2019-04', source: 'Wikidata Q9001 P169' }],
  },
  skipped: [],
};

function written(existing: string | undefined, entity = imported) {
  const merged = mergeFactsFile(existing, entity, 'facts/acme.yml');
  if ('error' in merged) throw new Error(merged.error);
  return merged;
}

/**
 * The file as factlint itself loads it: an import must never write a file
 * that fails to load. The config keeps `datacenters`, an attribute a
 * maintainer added by hand that no rule reads, as a repository would.
 */
function load(text: string) {
  const files = new Map([
    ['.factlint.yml', 'extraAttributes: [datacenters]\n'],
    ['facts/acme.yml', text],
  ]);
  return loadProject({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
}

describe('mergeFactsFile: a new file', () => {
  const { text, changes } = written(undefined);

  it('loads without a problem, every statement with its source', () => {
    const project = load(text);
    expect(project.problems).toEqual([]);
    const [entity] = project.entities;
    expect(entity).toMatchObject({ id: 'acme-robotique', name: 'Acmé Robotique', aliases: ['Acme Robotics', 'Acmé'] });
    expect(Object.keys(entity.facts)).toEqual(['founded', 'founders', 'headquarters', 'employees', 'revenue', 'ceo']);
    expect(Object.values(entity.facts).flat().every((s) => s.source?.startsWith('Wikidata Q9001 '))).toBe(true);
  });

  it('says in a comment which statements a re-import replaces', () => {
    expect(text.split('\n')[0]).toBe('# Imported from Wikidata Q9001 by `factlint import wikidata`.');
  });

  it('lists every statement it adds', () => {
    expect(changes).toEqual([
      '+ founded: 1994',
      '+ founders: Ada Martin, Paul Durand',
      '+ headquarters: Lyon',
      '+ employees: 1200 as of 2019',
      '+ employees: 1450 as of 2023-12',
      '+ revenue: 412500000 EUR for 2023',
      '+ ceo: Claire Roux from 2019-04',
    ]);
  });

  it('changes nothing when imported again with the same values', () => {
    const again = written(text);
    expect(again.changes).toEqual([]);
    expect(again.text).toBe(text);
  });
});

describe('mergeFactsFile: a file a maintainer edited', () => {
  const first = written(undefined).text;
  const edited = first
    .replace('facts:\n', 'facts:\n  # checked against the 2024 annual report\n  datacenters: 4\n')
    .replace('  employees:\n', '  employees:\n    - value: 1500 # from the CEO interview\n      asOf: 2023-12\n      source: Le Monde, 2024-01-10\n');
  const update: ImportedEntity = {
    ...imported,
    aliases: ['Acme Robotics', 'Acmé', 'AR Group'],
    facts: {
      ...imported.facts,
      employees: [
        { value: 1250, asOf: '2019', source: 'Wikidata Q9001 P1128' },
        { value: 1450, asOf: '2023-12', source: 'Wikidata Q9001 P1128' },
        { value: 1600, asOf: '2024-12', source: 'Wikidata Q9001 P1128' },
      ],
      revenue: [],
    },
  };
  const { text, changes } = written(edited, update);

  it('keeps the hand statements, their comments and attributes no import writes', () => {
    expect(text).toContain('# checked against the 2024 annual report\n  datacenters: 4');
    expect(text).toContain('- value: 1500 # from the CEO interview\n      asOf: 2023-12\n      source: Le Monde, 2024-01-10');
  });

  it('replaces its own statements, never adds one beside a hand statement of the same date, and says so', () => {
    expect(changes).toEqual([
      '= employees: kept your 1500 as of 2023-12 (Wikidata: 1450 as of 2023-12)',
      '~ employees: 1200 as of 2019 -> 1250 as of 2019',
      '+ employees: 1600 as of 2024-12',
      '- employees: 1450 as of 2023-12',
      '- revenue: 412500000 EUR for 2023',
    ]);
    const project = load(text);
    expect(project.problems).toEqual([]);
    expect(project.entities[0].facts.employees.map((s) => [s.value, s.asOf])).toEqual([
      [1500, '2023-12'],
      [1250, '2019'],
      [1600, '2024-12'],
    ]);
    expect(project.entities[0].facts.revenue).toBeUndefined();
    expect(project.entities[0].aliases).toEqual(['Acme Robotics', 'Acmé', 'AR Group']);
  });

  it('keeps a founding year written by hand, whatever Wikidata says', () => {
    const hand = 'entity: acme\nname: Acme\nfacts:\n  founded: 1993\n';
    const merged = written(hand);
    expect(merged.changes[0]).toBe('= founded: kept your 1993 (Wikidata: 1994)');
    expect(load(merged.text).entities[0].facts.founded.map((s) => s.value)).toEqual([1993]);
  });
});

describe('mergeFactsFile: files it will not touch', () => {
  it.each([
    ['entities:\n  - entity: acme\n    name: Acme\n', 'facts/acme.yml does not hold one entity (entity:, name:, facts:): import writes one entity per file'],
    ['entity: acme\nname: [Acme\n', 'facts/acme.yml is not valid YAML'],
  ])('%j', (text, message) => {
    const merged = mergeFactsFile(text, imported, 'facts/acme.yml');
    expect('error' in merged && merged.error).toContain(message);
  });
});
