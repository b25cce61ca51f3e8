import { describe, expect, test } from 'vitest';
import { check } from '../../src/check.js';
import type { Severity } from '../../src/types.js';
import { builtinSources } from '../helpers/builtin-sources.js';
import { memoryHost } from '../helpers/memory-host.js';

/**
 * Which severity a contradiction gets, level by level:
 * `.factlint.yml` severity for the attribute > the statement's > the rule's > error.
 */
const rule = (severity?: Severity) =>
  `attribute: plants\ntype: count\npatterns:\n  en: ["{entity} runs {count} plants"]\n${severity ? `severity: ${severity}\n` : ''}`;
const facts = (severity?: Severity) =>
  `entity: acme\nname: Acme\nfacts:\n  founded: 1987\n  plants:\n    - value: 3\n      asOf: 2024-01\n${severity ? `      severity: ${severity}\n` : ''}`;
const config = (severity: Record<string, Severity>) =>
  `severity:\n${Object.entries(severity).map(([attribute, level]) => `  ${attribute}: ${level}\n`).join('')}`;
const ARTICLE = '---\nlang: en\ndate: 2024-02-01\n---\n\nAcme was founded in 2001. Acme runs 5 plants.\n';

function severities(opts: { rule?: Severity; statement?: Severity; config?: Record<string, Severity> }) {
  const files = new Map([
    ['rules/plants.yml', rule(opts.rule)],
    ['facts/acme.yml', facts(opts.statement)],
    ['articles/a.md', ARTICLE],
  ]);
  if (opts.config) files.set('.factlint.yml', config(opts.config));
  const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.findings.map((f) => [f.attribute, f.severity]));
}

describe('severity precedence, through check()', () => {
  test.each<[string, Parameters<typeof severities>[0], Severity]>([
    ['nothing says: error', {}, 'error'],
    ['the rule says', { rule: 'warning' }, 'warning'],
    ['the statement beats the rule', { rule: 'warning', statement: 'notice' }, 'notice'],
    ['the statement alone', { statement: 'warning' }, 'warning'],
    ['the config beats the statement and the rule', { rule: 'warning', statement: 'notice', config: { plants: 'error' } }, 'error'],
    ['the config beats the rule', { rule: 'error', config: { plants: 'notice' } }, 'notice'],
    ['the config for another attribute changes nothing here', { rule: 'warning', config: { founded: 'notice' } }, 'warning'],
  ])('%s', (_, opts, expected) => {
    expect(severities(opts).plants).toBe(expected);
  });

  test("a built-in rule's severity (founded: error) yields to the config", () => {
    expect(severities({}).founded).toBe('error');
    expect(severities({ config: { founded: 'warning' } }).founded).toBe('warning');
  });

  test('a config severity for an attribute no rule checks is a warning at its key', () => {
    const files = new Map([['facts/acme.yml', facts()], ['articles/a.md', ARTICLE], ['.factlint.yml', 'severity:\n  plantz: notice\n']]);
    const result = check({ cwd: '.', host: memoryHost(files), builtinRules: builtinSources() });
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.level}: ${p.message}`)).toContain(
      '.factlint.yml:2:3: warning: severity.plantz: no rule checks "plantz"',
    );
  });
});
