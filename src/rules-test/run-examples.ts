/**
 * Runs the examples a rule file carries (LanguageTool's habit): each
 * `match` text must yield a claim of the rule's attribute with the stated
 * value (and, when the example says so, the stated owner, time and
 * verdict), each `noMatch` text must yield none that would be judged. A
 * rule becomes as easy to test as a function.
 */
import type { Rule, RuleExample, SlotValue, Verdict } from '../types.js';
import type { RuleSet } from '../claims/rule-set.js';
import { foldKey } from '../text/fold.js';
import { readExample } from './read-example.js';
import { timeLabel, verdictName } from './reading-label.js';

export { plainSentence } from './read-example.js';

export interface ExampleFailure {
  rule: Rule;
  example: RuleExample;
  message: string;
}

export interface ExampleReport {
  passed: number;
  failures: ExampleFailure[];
}

function valueText(v: SlotValue): string {
  return 'value' in v ? String(v.value) : v.raw;
}

export function sameValue(read: SlotValue, expected: string | number): boolean {
  if (typeof expected === 'number' || (read.type !== 'person' && read.type !== 'place' && read.type !== 'date')) {
    return 'value' in read && typeof read.value === 'number' && Math.abs(read.value - Number(expected)) <= Math.abs(Number(expected)) * 1e-9;
  }
  return foldKey(String(read.value)) === foldKey(String(expected));
}

/** How a verdict reads in a failure message: value, owner, time, verdict and its reason. */
export function describeReading(v: Verdict): string {
  const { claim } = v;
  const why = v.kind === 'unverifiable' ? `: ${v.reason}` : '';
  return `${valueText(claim.value)} of ${claim.entity ?? 'nobody'} at ${timeLabel(claim.time)}, ${verdictName(v.kind)}${why}`;
}

/** What differs between an expected reading and a verdict, or nothing when it is that reading. */
export function readingMismatch(example: RuleExample, v: Verdict): string | undefined {
  const expect = example.expect ?? {};
  if (example.value !== undefined && !sameValue(v.claim.value, example.value)) return 'value';
  if (expect.entity !== undefined && v.claim.entity !== expect.entity) return 'entity';
  if (expect.time !== undefined && timeLabel(v.claim.time) !== expect.time) return 'time';
  if (expect.verdict !== undefined && verdictName(v.kind) !== expect.verdict) return 'verdict';
  if (expect.reason !== undefined && !(v.kind === 'unverifiable' && foldKey(v.reason).includes(foldKey(expect.reason)))) return 'reason';
  return undefined;
}

/** The failure message of one example read with the rule set, or undefined when it passes. */
export function exampleFailure(rule: Rule, example: RuleExample, ruleSet: RuleSet): string | undefined {
  const verdicts = readExample(example.text, example.lang, ruleSet, example.context).filter((v) => v.claim.attribute === rule.attribute);
  const wholeReading = example.expect !== undefined;
  if (example.match) {
    if (wholeReading && (example.expect!.verdict ?? 'agrees') !== 'not judged' && (example.context?.entities.length ?? 0) === 0) {
      return 'expects a verdict, but the examples have no context facts to judge it by';
    }
    const candidates = wholeReading ? verdicts : verdicts.filter((v) => !v.claim.hedge);
    if (candidates.some((v) => readingMismatch(example, v) === undefined)) return undefined;
    if (!wholeReading) {
      const read = verdicts.map((v) => `${valueText(v.claim.value)}${v.claim.hedge ? ` (${v.claim.hedge})` : ''}`).join(', ');
      return `expected to read ${rule.attribute} = ${example.value}, read ${read || 'nothing'}`;
    }
    const wanted = [example.value, example.expect!.entity, example.expect!.time, example.expect!.verdict, example.expect!.reason].filter((x) => x !== undefined);
    return `expected to read ${rule.attribute} = ${wanted.join(', ')}, read ${verdicts.map(describeReading).join('; ') || 'nothing'}`;
  }
  const judged = verdicts.filter((v) => !v.claim.hedge && (!example.context?.entities.length || v.kind !== 'unverifiable'));
  if (judged.length === 0) return undefined;
  return `expected no ${rule.attribute} claim, read ${judged.map((v) => `${valueText(v.claim.value)} from "${v.claim.matchedText}"`).join(', ')}`;
}

export function runExamples(rules: readonly Rule[], ruleSet: RuleSet): ExampleReport {
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const rule of rules) {
    for (const example of rule.examples) {
      const message = exampleFailure(rule, example, ruleSet);
      if (message) failures.push({ rule, example, message });
      else passed++;
    }
  }
  return { passed, failures };
}
