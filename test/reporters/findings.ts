import type { Finding } from '../../src/types.js';

/** Hand-made findings shared by the reporter tests. */
export const founded: Finding = {
  file: 'articles/2026-01-ovh-results.md',
  line: 12,
  column: 34,
  endLine: 12,
  endColumn: 38,
  attribute: 'founded',
  entity: 'ovhcloud',
  severity: 'error',
  found: '2001',
  expected: '1999',
  message: 'OVHcloud was founded in 1999 (facts/ovhcloud.yml:5), not 2001',
  factSource: 'facts/ovhcloud.yml:5',
  suggestion: '1999',
};

export const employees: Finding = {
  file: 'articles/2026-01-ovh-results.md',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 6,
  attribute: 'employees',
  entity: 'ovhcloud',
  severity: 'warning',
  found: '3 000',
  expected: '2200',
  message: 'OVHcloud had 2200 employees in 2019-01 (facts/ovhcloud.yml:9), not 3 000',
  factSource: 'facts/ovhcloud.yml:9',
};

export const ceo: Finding = {
  file: 'articles/en/glance.md',
  line: 105,
  column: 7,
  endLine: 106,
  endColumn: 2,
  attribute: 'ceo',
  entity: 'ovhcloud',
  severity: 'notice',
  found: 'Michel Paulin',
  expected: 'Octave Klaba',
  message: 'The CEO of OVHcloud on 2026-01-08 was Octave Klaba (facts/ovhcloud.yml:20), not Michel Paulin',
  factSource: 'facts/ovhcloud.yml:20',
  suggestion: 'Octave Klaba',
};
