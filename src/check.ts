/**
 * The pipeline shared by the CLI and the Action: config, facts and rules
 * -> every article -> findings. It reads only through the Host it is
 * given, so it runs the same on a working tree, a base commit or in memory.
 * Loading the knowledge and checking articles are two steps, so that a
 * long-lived caller (or a benchmark) can load once and check many times.
 */
import type { ArticleReport, CheckOptions, CheckResult } from './check-types.js';
import type { AuthorError, Finding } from './types.js';
import { loadProject } from './config/index.js';
import { compileRules } from './claims/rule-set.js';
import { AliasIndex } from './entities/alias-index.js';
import { knownPeople } from './entities/subject.js';
import { sortFindings } from './findings/to-finding.js';
import { decodeArticle } from './markdown/index.js';
import { checkArticle, type Knowledge } from './check-article.js';
import { resolvePaths } from './resolve-paths.js';

export interface Prepared {
  /** Undefined when an author error stops the run. */
  knowledge?: Knowledge;
  /** The articles to check, relative to the working directory. */
  files: string[];
  problems: AuthorError[];
}

/** Config, facts and rules -> compiled knowledge, or the author errors that stop the run. */
export function prepare(options: CheckOptions): Prepared {
  const project = loadProject(options);
  const problems: AuthorError[] = [...project.problems];
  const { ruleSet, problems: ruleProblems } = compileRules(project.rules);
  problems.push(...ruleProblems);
  if (problems.some((p) => p.level === 'error')) return { files: [], problems };
  const personAttributes = new Set(project.rules.filter((r) => r.type === 'person').map((r) => r.attribute));
  const knowledge: Knowledge = {
    config: project.config,
    entities: new Map(project.entities.map((e) => [e.id, e])),
    aliases: new AliasIndex(project.entities),
    ruleSet,
    knownPeople: knownPeople(project.entities, personAttributes),
  };
  const files = options.paths ? resolvePaths(options.paths, { host: options.host, cwd: options.cwd, root: project.config.root }, problems) : project.articles;
  return { knowledge, files, problems };
}

/** What checking one file gave: its report (absent when it could not be read or decoded), findings and problems. */
export interface FileOutcome {
  report?: ArticleReport;
  findings: Finding[];
  problems: AuthorError[];
}

/** Reads and checks one file; a file that cannot be read is reported, never skipped silently. */
export function checkOneFile(file: string, host: CheckOptions['host'], knowledge: Knowledge): FileOutcome {
  let buffer: Buffer | undefined;
  try {
    buffer = host.readFile(file);
  } catch (error) {
    return { findings: [], problems: [{ file, line: 1, column: 1, level: 'error', message: `cannot read: ${(error as Error).message}` }] };
  }
  if (buffer === undefined) return { findings: [], problems: [{ file, line: 1, column: 1, level: 'error', message: 'no such file' }] };
  return checkBuffer(file, buffer, knowledge);
}

/** Decodes and checks one file's bytes. */
export function checkBuffer(file: string, buffer: Buffer, knowledge: Knowledge): FileOutcome {
  const decoded = decodeArticle(buffer);
  if ('error' in decoded) return { findings: [], problems: [{ file, line: 1, column: 1, level: 'error', message: decoded.error }] };
  const outcome = checkArticle(file, decoded.text, knowledge);
  return { report: outcome.report, findings: outcome.findings, problems: outcome.report.problems };
}

/** Reads and checks each file, in order. */
export function checkFiles(prepared: Prepared, host: CheckOptions['host']): CheckResult {
  const problems = [...prepared.problems];
  const { knowledge } = prepared;
  if (!knowledge) return { findings: [], problems, articles: [] };
  const findings: Finding[] = [];
  const articles: ArticleReport[] = [];
  for (const file of prepared.files) {
    const outcome = checkOneFile(file, host, knowledge);
    if (outcome.report) articles.push(outcome.report);
    problems.push(...outcome.problems);
    findings.push(...outcome.findings);
  }
  return { findings: sortFindings(findings), problems, articles };
}

export function check(options: CheckOptions): CheckResult {
  return checkFiles(prepare(options), options.host);
}
