import { describe, expect, test } from 'vitest';
import { agree } from '../../src/compare/agree.js';
import type { Rule, Statement } from '../../src/types.js';

const rule = { attribute: 'headquarters', type: 'place' } as Rule;
const statement = (value: string): Statement => ({ value, declaredAt: { file: 'facts/acme.yml', line: 5, column: 3 } });
const place = (value: string) => ({ type: 'place' as const, value, raw: value });

describe('a place agrees when it is the declared one, and a piece of its name is not judged', () => {
  test.each([
    ['Kingston upon Hull', 'Kingston upon Hull', true],
    ['kingston upon hull', 'Kingston upon Hull', true],
    ['Lyon, France', 'Lyon', true],
    ['Newcastle', 'Newcastle upon Tyne', true],
    ['Grenoble', 'Lyon', false],
    ['Newcastle upon Tyne', 'Kingston upon Hull', false],
    // A piece of the declared name, or the declared name as a piece: not the place as the facts write it.
    ['Hull', 'Kingston upon Hull', undefined],
    ['Tyne', 'Newcastle upon Tyne', undefined],
    ['Moulineaux', 'Issy-les-Moulineaux', undefined],
    ['Perret', 'Villiers-Perret', undefined],
    ['Saint-Ouen-sur-Seine', 'Saint-Ouen', undefined],
    // "upon" alone is a shared word, not a piece of the name.
    ['Stratford', 'Kingston upon Hull', false],
  ])('"%s" against "%s": %s', (claimed, fact, agrees) => {
    const result = agree(place(claimed), statement(fact), rule);
    expect(result.agrees).toBe(agrees);
    if (agrees === undefined) expect(result.why).toBe(`${claimed} is only a part of the place's name, ${fact}`);
  });
});
