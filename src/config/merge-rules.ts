import type { AuthorError, Rule } from '../types.js';

/**
 * Built-in rules, then the repository's. A repository rule for a built-in
 * attribute replaces it, so a newsroom can tune `employees` to its own
 * phrasing without forking factlint. Two rules from the same side for one
 * attribute is an error: which one applies would depend on file order.
 */
export function mergeRules(builtin: Rule[], repository: Rule[]): { rules: Rule[]; problems: AuthorError[] } {
  const problems: AuthorError[] = [];
  const chosen = new Map<string, Rule>();
  for (const rule of [...builtin, ...repository]) {
    const earlier = chosen.get(rule.attribute);
    if (earlier && earlier.builtin === rule.builtin) {
      const { file, line, column } = earlier.declaredAt;
      problems.push({
        ...rule.declaredAt,
        message: `attribute: a rule for "${rule.attribute}" is already declared at ${file}:${line}:${column}`,
        level: 'error',
      });
      continue;
    }
    chosen.set(rule.attribute, rule);
  }
  return { rules: [...chosen.values()], problems };
}
