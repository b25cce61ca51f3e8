/**
 * Runs the examples a rule file carries (LanguageTool's habit): each
 * `match` text must yield a claim of the rule's attribute with the stated
 * value, each `noMatch` text must yield none that would be judged. A rule
 * becomes as easy to test as a function.
 */
import type { Rule, RuleExample, Sentence, SlotValue } from '../types.js';
import { extractClaims } from '../claims/extract.js';
import type { RuleSet } from '../claims/rule-set.js';
import { AliasIndex } from '../entities/alias-index.js';
import { foldKey } from '../text/fold.js';

export interface ExampleFailure {
  rule: Rule;
  example: RuleExample;
  message: string;
}

export interface ExampleReport {
  passed: number;
  failures: ExampleFailure[];
}

/** A sentence read straight from plain text, offsets = indices. */
export function plainSentence(text: string): Sentence {
  return { text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i), block: 'paragraph', blockIndex: 0 };
}

function valueText(v: SlotValue): string {
  return 'value' in v ? String(v.value) : v.raw;
}

function sameValue(read: SlotValue, expected: string | number): boolean {
  if (typeof expected === 'number' || (read.type !== 'person' && read.type !== 'place' && read.type !== 'date')) {
    return 'value' in read && typeof read.value === 'number' && Math.abs(read.value - Number(expected)) <= Math.abs(Number(expected)) * 1e-9;
  }
  return foldKey(String(read.value)) === foldKey(String(expected));
}

export function runExamples(rules: readonly Rule[], ruleSet: RuleSet): ExampleReport {
  const ctx = { ruleSet, aliases: new AliasIndex([]), knownPeople: new Set<string>(), subject: { about: [] }, anyNameIsEntity: true };
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const rule of rules) {
    for (const example of rule.examples) {
      const claims = extractClaims(plainSentence(example.text), example.lang, ctx).filter((c) => c.attribute === rule.attribute);
      const judged = claims.filter((c) => !c.hedge);
      let message: string | undefined;
      if (example.match) {
        if (!judged.some((c) => example.value === undefined || sameValue(c.value, example.value))) {
          const read = claims.map((c) => `${valueText(c.value)}${c.hedge ? ` (${c.hedge})` : ''}`).join(', ');
          message = `expected to read ${rule.attribute} = ${example.value}, read ${read || 'nothing'}`;
        }
      } else if (judged.length > 0) {
        message = `expected no ${rule.attribute} claim, read ${judged.map((c) => `${valueText(c.value)} from "${c.matchedText}"`).join(', ')}`;
      }
      if (message) failures.push({ rule, example, message });
      else passed++;
    }
  }
  return { passed, failures };
}
