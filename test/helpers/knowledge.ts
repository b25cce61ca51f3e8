import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFacts, parseRule } from '../../src/config/index.js';
import { compileRules } from '../../src/claims/rule-set.js';
import { extractClaims } from '../../src/claims/extract.js';
import { judge } from '../../src/compare/judge.js';
import { AliasIndex } from '../../src/entities/alias-index.js';
import { knownPeople } from '../../src/entities/subject.js';
import { plainSentence } from '../../src/rules-test/run-examples.js';
import type { Entity, Lang, Rule, Verdict } from '../../src/types.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');

/** The built-in rules, read from the project's rules/ folder. */
export function builtinRules(): Rule[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => ({ ...parseRule(readFileSync(join(RULES_DIR, f), 'utf8'), `rules/${f}`).value!, builtin: true }));
}

/** Facts from YAML text, failing loudly on any problem so a test never runs on half a knowledge base. */
export function entitiesFrom(yaml: string, file = 'facts/test.yml'): Entity[] {
  const parsed = parseFacts(yaml, file);
  if (parsed.problems.length > 0) throw new Error(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return parsed.value!.map((d) => d.entity);
}

export interface Judge {
  (text: string, opts?: { lang?: Lang; date?: string; about?: string[] }): Verdict[];
}

/** Reads and judges every claim of one plain-text sentence. */
export function judgeWith(entities: Entity[], extraRules: Rule[] = []): Judge {
  const rules = [...builtinRules(), ...extraRules];
  const { ruleSet, problems } = compileRules(rules);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  const aliases = new AliasIndex(entities);
  const people = knownPeople(entities, new Set(rules.filter((r) => r.type === 'person').map((r) => r.attribute)));
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (text, opts = {}) => {
    const ctx = { ruleSet, aliases, knownPeople: people, subject: { about: opts.about ?? [] }, articleDate: opts.date };
    return extractClaims(plainSentence(text), opts.lang ?? 'fr', ctx).map((claim) =>
      judge(claim, { entities: byId, articleDate: opts.date, severityOverrides: {} }),
    );
  };
}
