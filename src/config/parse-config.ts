import type { Config, Position } from '../types.js';
import { configFileSchema } from './config-schema.js';
import { directoryOf } from './project-paths.js';
import { parseTolerance } from './tolerance.js';
import { validateYaml } from './validate-yaml.js';
import type { Parsed } from './validate-yaml.js';

export const DEFAULT_ARTICLES = ['**/*.md'];
export const DEFAULT_FACTS = ['facts/**/*.{yml,yaml}'];
export const DEFAULT_RULES = ['rules/**/*.{yml,yaml}'];

export type GlobKey = 'articles' | 'facts' | 'rules';

/** A glob the author wrote, kept with its place so that "matches nothing" can point at it. */
export interface WrittenGlob {
  glob: string;
  declaredAt: Position;
}

export interface ConfigDeclaration {
  config: Config;
  /** The globs written in the file, by key; a key left out took its default and is absent here. */
  written: Partial<Record<GlobKey, WrittenGlob[]>>;
  /** Where each `severity` entry is written, by attribute. */
  severityAt: Record<string, Position>;
}

/** The configuration used when no `.factlint.yml` exists: everything from `root`. */
export function defaultConfig(root = '.'): Config {
  return { root, articles: [...DEFAULT_ARTICLES], facts: [...DEFAULT_FACTS], rules: [...DEFAULT_RULES], severity: {}, extraAttributes: [], ignore: [], gitignore: true };
}

/**
 * `.factlint.yml` -> Config. An empty file is a valid one (all defaults), so
 * that a repository can mark its root without choosing anything yet.
 */
export function parseConfig(text: string, file: string): Parsed<ConfigDeclaration> {
  const { data, source, problems } = validateYaml(configFileSchema, text, file, { whenEmpty: {} });
  if (!data) return { problems };
  const config: Config = { ...defaultConfig(directoryOf(file)), file };
  const written: ConfigDeclaration['written'] = {};
  for (const key of ['articles', 'facts', 'rules'] as const) {
    const value = data[key];
    if (value === undefined) continue;
    const list = typeof value === 'string' ? [value] : value;
    config[key] = list;
    written[key] = list.map((glob, i) => ({
      glob,
      declaredAt: source.positionOf(typeof value === 'string' ? [key] : [key, i]),
    }));
  }
  if (data.language) config.language = data.language;
  if (data.corpusConsistency === false) config.corpusConsistency = false;
  if (data.approximate !== undefined) config.approximate = parseTolerance(data.approximate).amount;
  if (data.extraAttributes) config.extraAttributes = data.extraAttributes;
  if (data.ignore !== undefined) config.ignore = typeof data.ignore === 'string' ? [data.ignore] : data.ignore;
  if (data.gitignore !== undefined) config.gitignore = data.gitignore;
  const severityAt: Record<string, Position> = {};
  for (const [attribute, severity] of Object.entries(data.severity ?? {})) {
    config.severity[attribute] = severity;
    severityAt[attribute] = source.keyPositionOf(['severity', attribute]);
  }
  return { value: { config, written, severityAt }, problems };
}
