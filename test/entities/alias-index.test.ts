import { describe, expect, test } from 'vitest';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { foldText } from '../../src/text/fold.js';
import type { Entity } from '../../src/types.js';

const at = { file: 'facts/x.yml', line: 1, column: 1 };
const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, name, aliases, facts: {}, declaredAt: at });

function found(index: AliasIndex, text: string): string[] {
  return index.find(foldText(text)).map((h) => `${text.slice(h.start, h.end)}=${h.entity}`);
}

describe('AliasIndex', () => {
  const index = new AliasIndex([
    entity('dassault', 'Dassault Systèmes', ['3DS']),
    entity('ovhcloud', 'OVHcloud', ['OVH', 'OVH Groupe']),
    entity('microsoft', 'Microsoft', ['Microsoft Azure', 'Azure']),
  ]);

  test.each([
    ['Dassault Systemes et DASSAULT SYSTÈMES', ['Dassault Systemes=dassault', 'DASSAULT SYSTÈMES=dassault']],
    ['chez OVHCloud, d’OVH et l’OVH Groupe', ['OVHCloud=ovhcloud', 'OVH=ovhcloud', 'OVH Groupe=ovhcloud']],
    ["OVH's servers", ['OVH=ovhcloud']],
    ['OVHx et xOVH ne sont pas des alias', []],
    ['sur Microsoft Azure', ['Microsoft Azure=microsoft']],
    ['3DS', ['3DS=dassault']],
  ])('%s', (text, expected) => {
    expect(found(index, text)).toEqual(expected);
  });

  test('10,000 entities cost about what 10 cost', { retry: 2 }, () => {
    // Every index also knows a name written with each letter of the text: a character no alias uses is skipped at once, and
    // the comparison is of scans that take the same path, so that only the number of entities differs.
    const letters = entity('letters', 'abcdefghijklmnopqrstuvwxyz à', []);
    const make = (n: number) => new AliasIndex([letters, ...Array.from({ length: n }, (_, i) => entity(`e${i}`, `Company ${i} Holdings`, [`Brand${i}`]))]);
    const text = foldText('Le groupe Brand7 et Company 12 Holdings emploient 2 200 personnes à Lyon. '.repeat(4000));
    const time = (idx: AliasIndex) => {
      let best = Infinity;
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        idx.find(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = make(10);
    const large = make(10_000);
    time(small);
    const ratio = time(large) / time(small);
    expect(found(large, 'Brand9999 et Company 42 Holdings')).toEqual(['Brand9999=e9999', 'Company 42 Holdings=e42']);
    // A scan that grew with the entities would cost a thousand times more; 4x leaves room for a busy machine.
    expect(ratio).toBeLessThan(4);
  });
});
