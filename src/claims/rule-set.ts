/**
 * Compiles every rule's patterns into one automaton per language, and
 * rejects patterns that could never yield a claim: an unknown slot, a slot
 * the rule's type cannot use, no slot for the value, or two of them.
 */
import { LANGS, type AuthorError, type Lang, type Position, type Rule } from '../types.js';
import { Automaton, stateCount } from './automaton.js';
import { SentenceGuard } from './guard.js';
import { GAP_MAX, parsePattern, PatternError } from './pattern-parse.js';
import type { SlotName } from './slots/index.js';

export interface CompiledPattern {
  rule: Rule;
  source: string;
  declaredAt: Position;
}

export interface RuleSet {
  automata: Record<Lang, Automaton>;
  /** Per language: can a sentence hold a match at all? */
  guards: Record<Lang, SentenceGuard>;
  patterns: Record<Lang, CompiledPattern[]>;
  rules: Rule[];
}

/**
 * The most automaton states the patterns of one language may compile to,
 * built-in rules included (they take about 700). Matching a sentence costs
 * up to (its tokens x these states), so this bounds the time of every
 * sentence whatever rules a repository adds.
 */
export const MAX_STATES = 20_000;
/** The most states one pattern may compile to: it bounds what a single step of the matcher visits. */
export const MAX_PATTERN_STATES = 2_000;

/** Slots a rule of any type may use besides its value slot: who, when, and who else ("En 1999, {person} fonde {entity}"). */
const CONTEXT_SLOTS: SlotName[] = ['entity', 'year', 'date', 'person'];

function slotsIn(source: string): string[] {
  return [...source.matchAll(/\{\s*([^}]*?)\s*\}/g)].map((m) => m[1]);
}

function problem(at: Position, offset: number, message: string): AuthorError {
  return { file: at.file, line: at.line, column: at.column + offset, message, level: 'error' };
}

export function compileRules(rules: readonly Rule[]): { ruleSet: RuleSet; problems: AuthorError[] } {
  const problems: AuthorError[] = [];
  const automata = { fr: new Automaton(), en: new Automaton() } as Record<Lang, Automaton>;
  const patterns = { fr: [], en: [] } as Record<Lang, CompiledPattern[]>;
  const guards = { fr: new SentenceGuard(), en: new SentenceGuard() } as Record<Lang, SentenceGuard>;
  const full = new Set<Lang>();
  for (const rule of rules) {
    for (const lang of LANGS) {
      for (const { pattern: source, declaredAt } of rule.patterns[lang] ?? []) {
        const where = `rule ${rule.attribute}, pattern "${source}"`;
        let node;
        try {
          node = parsePattern(source);
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          problems.push(problem(declaredAt, e.offset, `${where}: ${e.message}`));
          continue;
        }
        const misfit = slotsIn(source).find((s) => s !== rule.type && !CONTEXT_SLOTS.includes(s as SlotName));
        if (misfit) {
          problems.push(problem(declaredAt, source.indexOf(`{${misfit}`), `${where}: slot {${misfit}} cannot be used in a rule of type ${rule.type} (allowed: {${rule.type}}, {entity}, {year}, {date}, {person})`));
          continue;
        }
        const automaton = automata[lang];
        const size = stateCount(node) + 1;
        if (size > MAX_PATTERN_STATES) {
          problems.push(problem(declaredAt, 0, `${where}: compiles to ${size.toLocaleString('en')} automaton states, more than the ${MAX_PATTERN_STATES.toLocaleString('en')} a pattern may have (each \`...\` costs ${2 * GAP_MAX}, each word, slot, alternative or optional part 1)`));
          continue;
        }
        if (full.has(lang)) continue;
        if (automaton.size + size > MAX_STATES) {
          full.add(lang);
          problems.push(problem(declaredAt, 0, `${where}: the ${lang} patterns of all rules compile past ${MAX_STATES.toLocaleString('en')} automaton states, the most a rule set may have, so that no sentence takes long to read; use fewer patterns, or fewer gaps (\`...\` costs ${2 * GAP_MAX} states) and alternatives`));
          continue;
        }
        const index = automaton.add(node);
        guards[lang].add(node);
        patterns[lang].push({ rule, source, declaredAt });
        const [lo, hi] = automaton.slotCountRange(index, rule.type);
        const entities = automaton.slotCountRange(index, 'entity')[1];
        if (automaton.matchesEmpty(index)) problems.push(problem(declaredAt, 0, `${where}: matches empty text, so it can never point at a figure`));
        else if (lo === 0) problems.push(problem(declaredAt, 0, `${where}: can match without a {${rule.type}} slot, so it would read no value`));
        else if (hi > 1) problems.push(problem(declaredAt, 0, `${where}: reads more than one {${rule.type}}; a pattern reads exactly one value`));
        else if (entities > 1) problems.push(problem(declaredAt, 0, `${where}: has more than one {entity}`));
      }
    }
  }
  return { ruleSet: { automata, guards, patterns, rules: [...rules] }, problems };
}
