import type { AuthorError, Entity, Rule, Statement, ValueType } from '../types.js';
import { DATE_PATTERN } from './dates.js';
import { describeValue } from './issue-text.js';

const EXPECTED: Record<ValueType, { words: string; fits: (value: Statement['value']) => boolean }> = {
  year: { words: 'a year', fits: (v) => Number.isInteger(v) },
  date: { words: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)', fits: (v) => !Array.isArray(v) && DATE_PATTERN.test(String(v)) },
  count: { words: 'a number', fits: (v) => typeof v === 'number' },
  money: { words: 'a number', fits: (v) => typeof v === 'number' },
  percent: { words: 'a number', fits: (v) => typeof v === 'number' },
  person: { words: 'a name or a list of names', fits: (v) => typeof v !== 'number' },
  place: { words: 'a place or a list of places', fits: (v) => typeof v !== 'number' },
};

/**
 * A fact whose value cannot be compared with what its rule reads (`revenue:
 * "about 2 billion"` for a money rule) would make every claim about it
 * unjudgeable; saying so at the fact is kinder. Facts with no rule are left
 * alone: they may serve a rule the repository has not written yet.
 */
export function checkFactTypes(entities: Entity[], rules: Rule[]): AuthorError[] {
  const byAttribute = new Map(rules.map((r) => [r.attribute, r]));
  const problems: AuthorError[] = [];
  for (const entity of entities) {
    for (const [attribute, statements] of Object.entries(entity.facts)) {
      const rule = byAttribute.get(attribute);
      if (!rule) continue;
      const expected = EXPECTED[rule.type];
      for (const statement of statements) {
        if (expected.fits(statement.value)) continue;
        const message = `${attribute} of "${entity.id}": expected ${expected.words} (rule "${attribute}" is of type ${rule.type}), got ${describeValue(statement.value)}`;
        problems.push({ ...statement.declaredAt, message, level: 'error' });
      }
    }
  }
  return problems;
}
