import type { ExampleContext, ExampleExpectation, Lang, Rule, RuleExample } from '../types.js';
import { toEntity } from './parse-facts.js';
import { ruleFileSchema } from './rule-schema.js';
import type { RuleFileInput } from './rule-schema.js';
import { parseTolerance } from './tolerance.js';
import { validateYaml } from './validate-yaml.js';
import type { Parsed } from './validate-yaml.js';
import type { YamlSource } from './yaml-source.js';

const LANG_ORDER: readonly Lang[] = ['fr', 'en'];

/**
 * A rule file -> Rule. Every pattern and example keeps its place, so that a
 * pattern that does not compile, or an example the rule fails, is reported
 * at the line that has to change. Rules come back with `builtin: false`; the
 * loader marks the shipped ones.
 */
export function parseRule(text: string, file: string): Parsed<Rule> {
  const { data, source, problems } = validateYaml(ruleFileSchema, text, file);
  if (!data) return { problems };
  const rule: Rule = {
    attribute: data.attribute,
    type: data.type,
    patterns: {},
    examples: examplesOf(data, source),
    builtin: false,
    declaredAt: source.positionOf(['attribute']),
  };
  for (const lang of LANG_ORDER) {
    const list = data.patterns[lang];
    if (list) rule.patterns[lang] = list.map((pattern, i) => ({ pattern, declaredAt: source.positionOf(['patterns', lang, i]) }));
  }
  if (data.tolerance !== undefined) rule.tolerance = parseTolerance(data.tolerance);
  if (data.severity !== undefined) rule.severity = data.severity;
  return { value: rule, problems };
}

function examplesOf(data: RuleFileInput, source: YamlSource): RuleExample[] {
  const examples: RuleExample[] = [];
  const declared = data.examples?.context;
  const context: ExampleContext | undefined = declared && {
    entities: (declared.facts ?? []).map((e, i) => toEntity(e, ['examples', 'context', 'facts', i], source).entity),
    about: declared.about ?? [],
    ...(declared.date !== undefined && { date: String(declared.date) }),
  };
  for (const lang of LANG_ORDER) {
    const set = data.examples?.[lang];
    set?.match?.forEach((example, i) => {
      const at = source.positionOf(['examples', lang, 'match', i, 'text']);
      const item: RuleExample = { lang, text: example.text, value: example.value, match: true, declaredAt: at };
      const expect: ExampleExpectation = {};
      if (example.entity !== undefined) expect.entity = example.entity;
      if (example.time !== undefined) expect.time = String(example.time);
      if (example.verdict !== undefined) expect.verdict = example.verdict;
      if (example.reason !== undefined) expect.reason = example.reason;
      if (Object.keys(expect).length > 0) item.expect = expect;
      const own = context ?? (example.about || example.date !== undefined ? { entities: [], about: [] } : undefined);
      if (own) {
        item.context = { ...own, ...(example.about && { about: example.about }), ...(example.date !== undefined && { date: String(example.date) }) };
      }
      examples.push(item);
    });
    set?.noMatch?.forEach((text, i) => {
      const item: RuleExample = { lang, text, match: false, declaredAt: source.positionOf(['examples', lang, 'noMatch', i]) };
      if (context) item.context = context;
      examples.push(item);
    });
  }
  return examples;
}
