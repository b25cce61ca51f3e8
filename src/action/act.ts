import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CheckOptions, CheckResult, RuleSource } from '../check-types.js';
import { formatJson } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { type FactChange, renderSummary } from '../reporters/summary.js';
import { sortFindings } from '../findings/to-finding.js';
import type { AuthorError, Finding } from '../types.js';
import { articlesInScope } from './articles-in-scope.js';
import { diffFacts } from './fact-changes.js';
import { blobLink } from './links.js';
import { loadEntities } from './load-facts.js';
import { newSuppressions } from './new-suppressions.js';
import { commandProblems, logFindings } from './log-findings.js';
import type { Logger } from './logger.js';
import { type Prepared, prepare } from './prepare.js';
import { publishAnnotations } from './publish.js';
import { reviewFindings } from './review.js';
import { filterByScope } from './scope.js';
import { countBy, fails } from './verdict.js';

/** What a run needs from outside, passed in so that tests can give their own. */
export interface ActionDeps {
  env: Record<string, string | undefined>;
  logger: Logger;
  check(options: CheckOptions): CheckResult | Promise<CheckResult>;
  builtinRules(): RuleSource[];
  packageInfo(): { version: string; homepage?: string };
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
}

function scopePhrase(p: Prepared): string {
  if (p.changes.kind === 'all' || p.inputs.scope === 'all') return 'in all articles';
  const what = p.context.pull ? 'this pull request' : 'this push';
  return p.inputs.scope === 'added-lines' ? `on the lines ${what} adds` : `in the files ${what} changes`;
}

/** Base and head facts compared, for reviewers; a failure here costs the list, never the run. */
function factChanges(p: Prepared, notes: string[], logger: Logger): FactChange[] {
  if (!p.context.pull) return [];
  try {
    const cwd = p.context.workspace;
    return diffFacts(loadEntities(p.host, cwd, p.inputs.config), loadEntities(p.headHost, cwd, p.inputs.config));
  } catch (error) {
    logger.warning(`Could not compare the base and head facts: ${(error as Error).message}`);
    notes.push('The base and head facts could not be compared.');
    return [];
  }
}

function writeSummary(p: Prepared, findings: Finding[], changes: FactChange[], problems: AuthorError[], notes: string[], failed: boolean): void {
  if (!p.inputs.summary || !p.context.summaryFile) return;
  const text = renderSummary({
    findings,
    link: blobLink(p.context, p.toRepoPath),
    scope: scopePhrase(p),
    failOn: p.inputs.failOn,
    failed,
    notes,
    factChanges: changes,
    problems,
  });
  appendFileSync(p.context.summaryFile, text);
}

/**
 * One run of the Action: prepare, check, keep the findings in scope, then
 * report them every way asked. Each reporter that talks to GitHub may fail
 * alone; the log, the summary, the outputs and the exit status do not
 * depend on any of them.
 */
export async function act(deps: ActionDeps): Promise<void> {
  const { logger } = deps;
  const p = await prepare(deps.env, logger);
  const cwd = p.context.workspace;
  const paths = articlesInScope(p);
  const result = await deps.check({ cwd, configPath: p.inputs.config, host: p.host, builtinRules: deps.builtinRules(), ...(paths ? { paths } : {}), corpus: corpusOf(p) });
  const problems = result.problems;
  const notes = [...p.notes];
  if (problems.length) commandProblems(logger, problems, p.toRepoPath);
  const broken = problems.filter((problem) => problem.level === 'error');
  if (broken.length) {
    writeSummary(p, [], [], problems, notes, true);
    deps.setFailed(`factlint: bad configuration\n${broken.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`);
    return;
  }
  const change = p.context.pull ? 'this pull request' : 'this push';
  const added = newSuppressions(result.articles, p.changes, p.toRepoPath, { allow: p.inputs.allowNewSuppressions, change });
  if (added.note) notes.push(added.note);
  const findings = sortFindings([...filterByScope(result.findings, p.changes, p.inputs.scope, p.toRepoPath), ...added.findings]);
  const failed = fails(findings, p.inputs.failOn);
  logFindings(logger, findings);
  const changes = factChanges(p, notes, logger);
  const factNote = changes.length ? `This pull request changes ${changes.length} fact statement${changes.length === 1 ? '' : 's'}; findings were judged against the base's facts.` : undefined;
  const checkNote = [factNote, added.note].filter(Boolean).join('\n\n') || undefined;
  notes.push(...(await publishAnnotations({ findings, mode: p.inputs.annotations, failOn: p.inputs.failOn, context: p.context, api: p.api, toRepoPath: p.toRepoPath, factNote: checkNote }, logger)));
  if (p.inputs.reviewComments) notes.push(...(await reviewFindings(p, findings, logger)));
  writeSummary(p, findings, changes, problems, notes, failed);
  writeFiles(p, findings, deps);
  if (failed) deps.setFailed(`factlint: ${failedWords(findings, p.inputs.failOn)} ${scopePhrase(p)}, failing at "${p.inputs.failOn}".`);
}

/** "2 contradictions", "1 contradiction and 1 notice": a notice about a suppression is not a contradiction. */
function failedWords(findings: readonly Finding[], failOn: string): string {
  const c = findings.filter((f) => f.kind === 'contradiction').length;
  const others = findings.length - c;
  const words = `${c} contradiction${c === 1 ? '' : 's'}`;
  return others > 0 && failOn === 'notice' ? `${words} and ${others} notice${others === 1 ? '' : 's'}` : words;
}

/**
 * On a pull request, a claim is compared with the base branch's articles,
 * never with the pull request's own; when those cannot be read, the
 * comparison is left out rather than made against the wrong articles.
 */
function corpusOf(p: Prepared): CheckOptions['corpus'] {
  if (!p.context.pull) return undefined;
  if (!p.baseHost) {
    p.notes.push("Articles were not compared with each other: the base commit's articles could not be read (use actions/checkout with fetch-depth: 0).");
    return false;
  }
  return { host: p.baseHost };
}

function writeFiles(p: Prepared, findings: Finding[], deps: ActionDeps): void {
  const report = join(p.context.tempDir, 'factlint-findings.json');
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, formatJson(findings));
  if (p.inputs.sarif) {
    const path = resolve(p.context.workspace, p.inputs.sarif);
    mkdirSync(dirname(path), { recursive: true });
    const info = deps.packageInfo();
    writeFileSync(path, formatSarif(findings, { version: info.version, informationUri: info.homepage }));
  }
  deps.setOutput('findings', String(findings.length));
  deps.setOutput('contradictions', String(findings.filter((f) => f.kind === 'contradiction').length));
  deps.setOutput('errors', String(countBy(findings, 'error')));
  deps.setOutput('warnings', String(countBy(findings, 'warning')));
  deps.setOutput('report', report);
}
