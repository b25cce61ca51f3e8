import { describe, expect, it } from 'vitest';
import { findingDifferences, withoutFactPlace, wrongFactPlaces, type ReportedFinding } from '../../bench/same-findings.js';

const FACTS: Record<string, string> = {
  'small/entities.yml': ['entities:', '  - entity: acme-0', '    name: Acme Group', '    facts:', '      founded: 1950', '      founders: [Ada Verne]', '  - entity: cyclon-1', '    facts:', '      headquarters: Lyon', ''].join('\n'),
  'large/cyclon-1.yml': ['entity: cyclon-1', 'name: Cyclon Labs', 'facts:', '  headquarters: Lyon', ''].join('\n'),
};
const read = (file: string) => FACTS[file];

const founded: ReportedFinding = {
  file: 'articles/0001.md',
  line: 3,
  column: 12,
  attribute: 'founded',
  entity: 'acme-0',
  expected: '1950',
  message: 'Founded in 1956 here, but Acme Group was founded in 1950 (small/entities.yml:5)',
  factSource: 'small/entities.yml:5',
  factFile: 'small/entities.yml',
  factLine: 5,
  factColumn: 16,
};
const seat: ReportedFinding = { file: 'articles/0002.md', line: 7, column: 3, attribute: 'headquarters', entity: 'cyclon-1', expected: 'Lyon', factFile: 'small/entities.yml', factLine: 9, factColumn: 21 };
const founders: ReportedFinding = { file: 'articles/0003.md', line: 2, column: 1, attribute: 'founders', entity: 'acme-0', expected: 'Ada Verne', factFile: 'small/entities.yml', factLine: 6, factColumn: 17 };

describe('findingDifferences', () => {
  it('sees no difference when only the place of the fact differs, in its fields and in the message that quotes it', () => {
    const elsewhere = { ...founded, factSource: 'large/acme-0.yml:4', factFile: 'large/acme-0.yml', factLine: 4, factColumn: 12, message: founded.message!.replace('small/entities.yml:5', 'large/acme-0.yml:4') };
    expect(withoutFactPlace(elsewhere)).toEqual(withoutFactPlace(founded));
    expect(findingDifferences([founded, seat], [elsewhere, seat])).toEqual([]);
  });

  it.each([
    ['another found value', [{ ...founded, column: 13 }], ['finding 1: ']],
    ['another entity', [{ ...founded, entity: 'cyclon-1' }], ['finding 1: ']],
    ['a finding missing', [], ['0 findings instead of 1', 'finding 1: none instead of ']],
    ['a finding more', [founded, seat], ['2 findings instead of 1', 'finding 2: ']],
  ])('reports %s', (_case, other, expected) => {
    const problems = findingDifferences([founded], other as ReportedFinding[]);
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, i) => expect(problem.startsWith(expected[i])).toBe(true));
  });
});

describe('wrongFactPlaces', () => {
  it('accepts places that point at the declared value inside the entity that owns it, in one file, a file per entity or a flow list', () => {
    const own = { ...seat, factFile: 'large/cyclon-1.yml', factLine: 4, factColumn: 17 };
    expect(wrongFactPlaces([founded, seat, own, founders], read)).toEqual([]);
  });

  it.each([
    ['a line that holds another value', { ...founded, factLine: 6 }, 'articles/0001.md:3:12 founded of acme-0: small/entities.yml:6:16 holds " [Ada Verne]", not 1950'],
    ['a column off the value', { ...seat, factColumn: 5 }, 'articles/0002.md:7:3 headquarters of cyclon-1: small/entities.yml:9:5 holds "  headquarters: Lyon", not Lyon'],
    ['the same value in another entity', { ...seat, entity: 'acme-0' }, 'articles/0002.md:7:3 headquarters of acme-0: small/entities.yml:9:21 is in the declaration of cyclon-1'],
  ])('reports %s', (_case, finding, expected) => {
    expect(wrongFactPlaces([finding as ReportedFinding], read)).toEqual([expected]);
  });

  it('leaves alone a finding that names no fact place', () => {
    expect(wrongFactPlaces([{ file: 'a.md', line: 1, column: 1, attribute: 'corpus-consistency', entity: 'acme-0' }], read)).toEqual([]);
  });
});
