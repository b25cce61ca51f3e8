/**
 * The configuration layer: `.factlint.yml`, facts and rule files ->
 * validated data, or author errors with `file:line:col`. Reads only through
 * the Host, so the CLI, the Action and tests can each give their own files.
 */
export { loadProject } from './load-project.js';
export type { LoadOptions, Project } from './load-project.js';
export { parseConfig, defaultConfig, DEFAULT_ARTICLES, DEFAULT_FACTS, DEFAULT_RULES } from './parse-config.js';
export type { ConfigDeclaration, WrittenGlob } from './parse-config.js';
export { parseFacts } from './parse-facts.js';
export type { EntityDeclaration, NamePlace } from './parse-facts.js';
export { parseRule } from './parse-rule.js';
export { findFiles, ALWAYS_IGNORED } from './find-files.js';
export { nameKey } from './check-entities.js';
export { parsePeriod } from './dates.js';
export { configFileSchema } from './config-schema.js';
export { factsFileSchema, entitySchema, statementSchema } from './facts-schema.js';
export { ruleFileSchema } from './rule-schema.js';
