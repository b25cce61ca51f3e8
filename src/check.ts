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
import { type ArticleOutcome, checkArticle, type Knowledge } from './check-article.js';
import { appendAll } from './lists.js';
import { resolvePaths } from './resolve-paths.js';
import type { GapClaim } from './corpus/gap-claims.js';
import { withCorpusConsistency } from './check-corpus.js';
import { nothingToCheck } from './config/nothing-to-check.js';
import { ignoreFilter } from './config/ignore-filter.js';

export interface Prepared {
  /** Undefined when an author error stops the run. */
  knowledge?: Knowledge;
  /** The articles to check, relative to the working directory. */
  files: string[];
  /** Every article the config selects: the other articles a claim may be compared with. */
  corpusFiles: string[];
  problems: AuthorError[];
}

/** Config, facts and rules -> compiled knowledge, or the author errors that stop the run. */
export function prepare(options: CheckOptions): Prepared {
  const project = loadProject(options);
  const problems: AuthorError[] = [...project.problems];
  const severity = project.config.severity;
  const { ruleSet, problems: ruleProblems } = compileRules(project.rules.filter((r) => severity[r.attribute] !== 'off'));
  appendAll(problems, ruleProblems);
  if (problems.some((p) => p.level === 'error')) return { files: [], corpusFiles: [], problems };
  const personAttributes = new Set(project.rules.filter((r) => r.type === 'person').map((r) => r.attribute));
  const knowledge: Knowledge = {
    config: project.config,
    entities: new Map(project.entities.map((e) => [e.id, e])),
    aliases: new AliasIndex(project.entities),
    ruleSet,
    knownPeople: knownPeople(project.entities, personAttributes),
  };
  const isIgnored = ignoreFilter(project.config, options.host);
  const files = options.paths
    ? resolvePaths(options.paths, { host: options.host, cwd: options.cwd, root: project.config.root, isIgnored }, problems)
    : project.articles.filter((f) => !isIgnored(f));
  if (options.requireInput) problems.push(...nothingToCheck(project, files, options.paths !== undefined));
  return { knowledge, files, corpusFiles: project.articles.filter((f) => !isIgnored(f)), problems };
}

/** What checking one file gave: its report (absent when it could not be read or decoded), findings and problems. */
export interface FileOutcome {
  report?: ArticleReport;
  findings: Finding[];
  problems: AuthorError[];
  /** The report's gap claims, kept when the report is not (threads, cache): what other articles are compared with. */
  gaps?: GapClaim[];
  /** Claims the article read, kept when the report is not (threads, cache), for the run's files/claims line; absent when it could not be read. */
  claims?: number;
}

/** What of an outcome crosses a thread or goes in the cache: everything but the full report. */
export function withoutReport(outcome: FileOutcome): FileOutcome {
  const { findings, problems, gaps, claims } = outcome;
  return { findings, problems, ...(gaps && { gaps }), ...(claims !== undefined && { claims }) };
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
  const outcome = isolated(file, decoded.text, knowledge);
  return { report: outcome.report, findings: outcome.findings, problems: outcome.report.problems, gaps: outcome.report.gaps ?? [], claims: outcome.report.verdicts.length };
}

/**
 * One article, checked so that a bug it triggers costs only its own
 * findings: the failure becomes an error at the file, with the stack for
 * the bug report, and every other article is still checked and reported.
 */
function isolated(file: string, text: string, knowledge: Knowledge): ArticleOutcome {
  try {
    return checkArticle(file, text, knowledge);
  } catch (error) {
    const stack = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 7).map((line) => line.trim()) : [];
    const message = [`factlint failed on this article, and checked the others: ${describeError(error)}`, 'This is a bug in factlint, not in the article: please report it with these lines.', ...stack].join('\n');
    const problem: AuthorError = { file, line: 1, column: 1, level: 'error', message };
    return { report: { file, verdicts: [], problems: [problem] }, findings: [] };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Reads and checks each file, in order. */
export function checkFiles(prepared: Prepared, host: CheckOptions['host']): CheckResult {
  const problems = [...prepared.problems];
  const { knowledge } = prepared;
  const stats = { files: 0, claims: 0, entities: knowledge?.entities.size ?? 0 };
  if (!knowledge || problems.some((p) => p.level === 'error')) return { findings: [], problems, articles: [], stats };
  const findings: Finding[] = [];
  const articles: ArticleReport[] = [];
  for (const file of prepared.files) {
    const outcome = checkOneFile(file, host, knowledge);
    if (outcome.report) {
      articles.push(outcome.report);
      stats.files++;
      stats.claims += outcome.report.verdicts.length;
    }
    appendAll(problems, outcome.problems);
    appendAll(findings, outcome.findings);
  }
  return { findings: sortFindings(findings), problems, articles, stats };
}

export function check(options: CheckOptions): CheckResult {
  const prepared = prepare(options);
  return withCorpusConsistency(prepared, checkFiles(prepared, options.host), options);
}
