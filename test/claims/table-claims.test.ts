import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { tableClaims } from '../../src/claims/table-claims.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { parseArticle } from '../../src/markdown/index.js';
import type { Sentence } from '../../src/types.js';
import { builtinRules, entitiesFrom } from '../helpers/knowledge.js';

const entities = entitiesFrom('entity: veloria\nname: Veloria\nfacts: {}\n');
const { ruleSet } = compileRules(builtinRules());
const aliases = new AliasIndex(entities);

/** The table's claims as "attribute raw entity time", and the label sentences the rules were asked to read. */
function readTables(markdown: string) {
  const sentences = parseArticle('a.md', markdown).sentences;
  const asked: string[] = [];
  const read = (sentence: Sentence) => {
    asked.push(sentence.text);
    return extractClaims(sentence, 'en', { ruleSet, aliases, knownPeople: new Set(), subject: { about: [] }, articleDate: '2024-06-01' });
  };
  const mayHoldClaim = (text: string) => ruleSet.guards.en.admits(text);
  const byRow = tableClaims(sentences, { aliases, articleDate: '2024-06-01', lang: 'en', read, mayHoldClaim });
  const claims = [...byRow.values()].flat().map((c) => `${c.attribute} ${c.value.raw} ${c.entity} ${c.time.text ?? c.time.source}`);
  return { claims, asked };
}

describe('tableClaims: a label sentence is read only when the guard admits its words', () => {
  test('a table whose labels and cells hold no rule word asks the rules nothing', () => {
    const { claims, asked } = readTables('| Company | Market share |\n|---|---|\n| Veloria | 21.4% |\n| Nordwind | 12.9% |\n');
    expect(claims).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('a label a rule names is read label first, and a claim found so is not read again figure first', () => {
    const { claims, asked } = readTables('| Metric | Value |\n|---|---|\n| Employees | 1,170 |\n| Market share | 21.4% |\n');
    expect(claims).toEqual(['employees 1,170 null article date 2024-06-01']);
    expect(asked).toEqual(['Employees : 1,170']);
  });

  test('a refused label is passed over for the next one that a rule names', () => {
    const { claims, asked } = readTables('| Company | Employees | Market share |\n|---|---|---|\n| Veloria | 2,400 | 9.1% |\n');
    expect(claims).toEqual(['employees 2,400 veloria article date 2024-06-01']);
    expect(asked).toEqual(['Employees : 2,400']);
  });
});
