import type { Lang, Rule, RuleExample } from '../types.js';
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
  for (const lang of LANG_ORDER) {
    const set = data.examples?.[lang];
    set?.match?.forEach((example, i) => {
      const at = source.positionOf(['examples', lang, 'match', i, 'text']);
      examples.push({ lang, text: example.text, value: example.value, match: true, declaredAt: at });
    });
    set?.noMatch?.forEach((text, i) => {
      examples.push({ lang, text, match: false, declaredAt: source.positionOf(['examples', lang, 'noMatch', i]) });
    });
  }
  return examples;
}
