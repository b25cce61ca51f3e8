import type { AuthorError, Entity, Position, Rule, Statement, ValueType } from '../types.js';
import { DATE_PATTERN } from './dates.js';
import { closestKey, describeValue } from './issue-text.js';

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
 * unjudgeable; saying so at the fact is kinder. A fact no rule reads
 * (`employes:`, `ceo2:`) would check nothing, silently: it is an error at
 * its key with the closest attribute a rule reads, unless the config lists
 * it in `extraAttributes` as data the repository keeps for other uses.
 * With no rules at all (a caller that loads the entities alone, such as
 * the Action comparing base and head facts) there is nothing to read them
 * against, and no attribute is reported.
 */
export function checkFactTypes(entities: Entity[], rules: Rule[], extraAttributes: readonly string[] = [], attributeAt?: AttributePlace): AuthorError[] {
  const byAttribute = new Map(rules.map((r) => [r.attribute, r]));
  const extra = new Set(extraAttributes);
  const known = [...byAttribute.keys()].sort();
  const problems: AuthorError[] = [];
  for (const entity of entities) {
    for (const [attribute, statements] of Object.entries(entity.facts)) {
      const rule = byAttribute.get(attribute);
      if (!rule) {
        if (rules.length > 0 && !extra.has(attribute)) problems.push(unreadAttribute(entity, attribute, statements, known, attributeAt));
        continue;
      }
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

/** Where an entity's attribute key is written, when the caller knows the file it came from. */
export type AttributePlace = (entity: Entity, attribute: string) => Position | undefined;

function unreadAttribute(entity: Entity, attribute: string, statements: Statement[], known: readonly string[], attributeAt?: AttributePlace): AuthorError {
  const at = attributeAt?.(entity, attribute) ?? statements[0]?.declaredAt ?? entity.declaredAt;
  const guess = closestKey(attribute, known);
  const hint = guess ? `did you mean ${guess}?` : `the rules read ${known.join(', ')}`;
  const message = `facts.${attribute} of "${entity.id}": no rule reads "${attribute}"; ${hint} (list data kept for other uses in extraAttributes in .factlint.yml)`;
  return { ...at, message, level: 'error' };
}
