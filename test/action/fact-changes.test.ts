import { describe, expect, it } from 'vitest';
import { diffFacts } from '../../src/action/fact-changes.js';
import type { Entity, Statement } from '../../src/types.js';

const at = (line: number) => ({ file: 'facts/acme.yml', line, column: 12 });
const st = (value: Statement['value'], line: number, extra: Partial<Statement> = {}): Statement => ({ value, declaredAt: at(line), ...extra });
const acme = (facts: Entity['facts']): Entity => ({ id: 'acme', name: 'Acme', aliases: [], facts, declaredAt: at(1) });

describe('diffFacts', () => {
  it('names each changed, added and removed statement', () => {
    const base = acme({ founded: [st(2001, 4)], employees: [st(3500, 6, { asOf: '2024-01' })], headquarters: [st('Lyon', 9)] });
    const head = acme({ founded: [st(1999, 4)], employees: [st(3500, 7, { asOf: '2024-01' }), st(3900, 9, { asOf: '2025-01' })] });
    expect(diffFacts([base], [head])).toEqual([
      { entity: 'acme', attribute: 'employees', change: 'added', after: '3900 (as of 2025-01)', source: 'facts/acme.yml:9' },
      { entity: 'acme', attribute: 'founded', change: 'changed', before: '2001', after: '1999', source: 'facts/acme.yml:4' },
      { entity: 'acme', attribute: 'headquarters', change: 'removed', before: 'Lyon', source: 'facts/acme.yml:9' },
    ]);
  });

  it('ignores statements that only moved', () => {
    expect(diffFacts([acme({ founded: [st(1999, 4)] })], [acme({ founded: [st(1999, 8)] })])).toEqual([]);
  });
});
