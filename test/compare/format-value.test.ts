import { describe, expect, test } from 'vitest';
import { toFinding } from '../../src/findings/to-finding.js';
import { entitiesFrom, judgeWith } from '../helpers/knowledge.js';

const FACTS = `
entity: veloria
name: Veloria
facts:
  employees:
    - value: 2200
      asOf: 2024-01
  revenue:
    - value: 2.4e9
      unit: EUR
      period: 2023
    - value: 257.3e6
      unit: EUR
      period: 2023-01-01/2023-06-30
      label: H1 2023
`;

const judge = judgeWith(entitiesFrom(FACTS));

/** The finding a sentence gives, positioned in the sentence itself (line 1). */
function finding(text: string, lang: 'fr' | 'en', date: string) {
  const verdicts = judge(text, { lang, date }).filter((v) => v.kind === 'contradiction');
  expect(verdicts).toHaveLength(1);
  return toFinding(verdicts[0], 'a.md', (offset) => ({ line: 1, column: offset + 1 }));
}

describe('a suggestion replaces the whole figure, in the article\'s own format', () => {
  test.each<[string, 'fr' | 'en', string, string, string]>([
    ['Veloria emploie 2 800 salariés.', 'fr', '2024-02', '2 800', '2 200'],
    ['Veloria employs 2,800 people.', 'en', '2024-02', '2,800', '2,200'],
    ['In 2023, Veloria revenue reached €2.1bn.', 'en', '2024-02', '€2.1bn', '€2.4bn'],
    ["Au premier semestre 2023, le chiffre d'affaires de Veloria atteint 275,3 millions d'euros.", 'fr', '2024-02', "275,3 millions d'euros", "257,3 millions d'euros"],
    ['In 2023, Veloria revenue reached €1.2B.', 'en', '2024-02', '€1.2B', '€2.4B'],
    ['In 2023, Veloria revenue reached EUR2.7 billion.', 'en', '2024-02', 'EUR2.7 billion', 'EUR2.4 billion'],
    ['Veloria employs 850 people.', 'en', '2024-02', '850', '2,200'],
    ['Veloria emploie soixante-dix salariés.', 'fr', '2024-02', 'soixante-dix', '2 200'],
    ['Veloria employs ninety-five people.', 'en', '2024-02', 'ninety-five', '2,200'],
    ['Veloria emploie entre 400 et 500 salariés.', 'fr', '2024-02', 'entre 400 et 500', '2 200'],
    ["En 2023, le chiffre d'affaires de Veloria atteint deux milliards d'euros.", 'fr', '2024-02', "deux milliards d'euros", "2,4 milliards d'euros"],
  ])('%s', (text, lang, date, found, suggestion) => {
    const f = finding(text, lang, date);
    expect(f.found).toBe(found);
    expect(f.suggestion).toBe(suggestion);
    // The finding spans exactly the figure the suggestion replaces.
    expect(text.slice(f.column - 1, f.endColumn - 1)).toBe(found);
  });
});
