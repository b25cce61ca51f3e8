import type { RuleSource } from '../check-types.js';
import type { Host } from '../host.js';
import { CHECK_IDS, type AuthorError, type Config, type Entity, type Rule } from '../types.js';
import { checkContradictingFacts } from './check-contradicting-facts.js';
import { checkEntities } from './check-entities.js';
import { checkFactTypes } from './check-fact-types.js';
import { findFiles } from './find-files.js';
import { mergeRules } from './merge-rules.js';
import type { ConfigDeclaration } from './parse-config.js';
import { parseFacts } from './parse-facts.js';
import type { EntityDeclaration } from './parse-facts.js';
import { parseRule } from './parse-rule.js';
import { readConfig } from './read-config.js';
import { appendAll } from '../lists.js';

export interface LoadOptions {
  /** Directory the command runs in; every path in the result is relative to it. */
  cwd: string;
  /** `--config`, when given. */
  configPath?: string;
  host: Host;
  builtinRules: RuleSource[];
  /** Look for `.factlint.yml` in the folders above `cwd` too (the command line does; the Action reads its workspace's). */
  searchUpward?: boolean;
}

export interface Project {
  config: Config;
  /** The articles the config's `articles` globs select, relative to `cwd`, sorted. */
  articles: string[];
  entities: Entity[];
  rules: Rule[];
  /** Every author error found; any of level `error` means exit 2. */
  problems: AuthorError[];
}

/**
 * Config, facts and rules -> validated data. Every file is read, so that one
 * run reports every problem: a config with mistakes is read for what it
 * holds that is right (its other globs may be wrong too), and only a
 * `--config` that names no file stops early, having no globs to follow.
 */
export function loadProject({ cwd, configPath, host, builtinRules, searchUpward }: LoadOptions): Project {
  const { declaration, problems } = readConfig(host, cwd, configPath, searchUpward);
  const { config } = declaration;
  if (config.file === undefined && problems.some((p) => p.level === 'error')) return { config, articles: [], entities: [], rules: [], problems };

  const articles = findArticles(host, cwd, declaration, problems);
  const facts = search(host, cwd, declaration, 'facts', problems);
  const declarations: EntityDeclaration[] = [];
  for (const file of facts) {
    const parsed = parseFacts(read(host, file), file);
    appendAll(problems, parsed.problems);
    appendAll(declarations, parsed.value ?? []);
  }
  const { entities, problems: entityProblems } = checkEntities(declarations);
  appendAll(problems, entityProblems);

  const builtin = builtinRules.flatMap(({ file, text }) => rule(text, file, true, problems));
  const repository = search(host, cwd, declaration, 'rules', problems).flatMap((file) => rule(read(host, file), file, false, problems));
  const { rules, problems: ruleProblems } = mergeRules(builtin, repository);
  let declared: Map<Entity, EntityDeclaration> | undefined;
  const attributeAt = (entity: Entity, attribute: string) => (declared ??= new Map(declarations.map((d) => [d.entity, d]))).get(entity)?.attributeAt(attribute);
  appendAll(problems, ruleProblems, checkFactTypes(entities, rules, config.extraAttributes, attributeAt), checkContradictingFacts(entities, rules), unusedSeverities(declaration, rules));
  return { config, articles, entities, rules, problems };
}

function findArticles(host: Host, cwd: string, declaration: ConfigDeclaration, problems: AuthorError[]): string[] {
  const { config, written } = declaration;
  const ignore = written.articles ? [] : ['**/.*/**'];
  const found = findFiles(host, { key: 'articles', cwd, base: config.root, globs: config.articles, written: written.articles, ignore });
  appendAll(problems, found.problems);
  return found.files;
}

/** The files a config's `facts` or `rules` globs select, their problems added to `problems`. */
export function search(host: Host, cwd: string, declaration: ConfigDeclaration, key: 'facts' | 'rules', problems: AuthorError[]): string[] {
  const { config, written } = declaration;
  const found = findFiles(host, { key, cwd, base: config.root, globs: config[key], written: written[key] });
  appendAll(problems, found.problems);
  return found.files;
}

/** A rule file's rule (none when it is broken), its problems added to `problems`. */
export function rule(text: string, file: string, builtin: boolean, problems: AuthorError[]): Rule[] {
  const parsed = parseRule(text, file);
  appendAll(problems, parsed.problems);
  return parsed.value ? [{ ...parsed.value, builtin }] : [];
}

function read(host: Host, file: string): string {
  const buffer = host.readFile(file);
  if (buffer === undefined) throw new Error(`${file} was listed but cannot be read`);
  return buffer.toString('utf8');
}

/** A severity for an attribute no rule checks does nothing: most likely a typo. */
function unusedSeverities({ config, severityAt }: ConfigDeclaration, rules: Rule[]): AuthorError[] {
  const known = new Set([...rules.map((r) => r.attribute), ...CHECK_IDS]);
  return Object.keys(config.severity)
    .filter((attribute) => !known.has(attribute))
    .map((attribute) => ({
      ...severityAt[attribute],
      message: `severity.${attribute}: no rule checks "${attribute}"`,
      level: 'warning' as const,
    }));
}
