/**
 * `factlint test-rules`: the examples of every rule in play, run against
 * the rule set `check` would use (the built-in rules with the repository's
 * merged over them), so that an example fails when another rule reads its
 * figure more specifically, just as it would in an article. Reads only
 * through the Host.
 */
import type { RuleSource } from '../check-types.js';
import { compileRules } from '../claims/rule-set.js';
import { rule as parsed, search } from '../config/load-project.js';
import { mergeRules } from '../config/merge-rules.js';
import { readConfig } from '../config/read-config.js';
import type { Host } from '../host.js';
import { resolvePaths } from '../resolve-paths.js';
import type { AuthorError, Rule } from '../types.js';
import { runExamples, type ExampleFailure } from './run-examples.js';

export interface RuleTestOptions {
  cwd: string;
  configPath?: string;
  /** Rule files, folders or globs to test instead of the built-in and configured rules. */
  paths?: string[];
  host: Host;
  builtinRules: RuleSource[];
  /** Look for `.factlint.yml` in the folders above `cwd` too, as `check` does on the command line. */
  searchUpward?: boolean;
}

export interface RuleTestResult {
  /** The rules whose examples ran, in the order they were read. */
  tested: Rule[];
  passed: number;
  failures: ExampleFailure[];
  /** Bad rule files (level `error`: exit 2) and rules without examples (`warning`). */
  problems: AuthorError[];
}

const RULE_EXTENSIONS = ['yml', 'yaml'];

export function testRules(options: RuleTestOptions): RuleTestResult {
  const problems: AuthorError[] = [];
  const builtin = options.builtinRules.flatMap(({ file, text }) => parsed(text, file, true, problems));
  const files = options.paths ? givenRules(options, options.paths, problems) : configuredRules(options, problems);
  const repository = files.flatMap((file) => {
    const buffer = options.host.readFile(file);
    if (buffer === undefined) {
      problems.push({ file, line: 1, column: 1, level: 'error', message: 'no such file' });
      return [];
    }
    return parsed(buffer.toString('utf8'), file, false, problems);
  });
  const merged = mergeRules(builtin, repository);
  problems.push(...merged.problems);
  const { ruleSet, problems: compileProblems } = compileRules(merged.rules);
  problems.push(...compileProblems);
  const tested = options.paths ? merged.rules.filter((r) => !r.builtin) : merged.rules;
  for (const rule of tested) {
    if (rule.examples.length === 0) problems.push({ ...rule.declaredAt, level: 'warning', message: `rule ${rule.attribute} has no examples to test` });
  }
  const { passed, failures } = runExamples(tested, ruleSet);
  return { tested, passed, failures, problems };
}

/** Rule files named on the command line, inside the repository root the config sets. */
function givenRules(options: RuleTestOptions, paths: string[], problems: AuthorError[]): string[] {
  const { declaration } = readConfig(options.host, options.cwd, options.configPath);
  return resolvePaths(paths, { host: options.host, cwd: options.cwd, root: declaration.config.root, extensions: RULE_EXTENSIONS }, problems);
}

/** The config's `rules` globs, as `check` reads them. */
function configuredRules(options: RuleTestOptions, problems: AuthorError[]): string[] {
  const { declaration, problems: configProblems } = readConfig(options.host, options.cwd, options.configPath, options.searchUpward);
  problems.push(...configProblems);
  if (configProblems.some((p) => p.level === 'error')) return [];
  return search(options.host, options.cwd, declaration, 'rules', problems);
}
