import type { Finding } from '../types.js';
import type { GitHubApi } from './api.js';
import { toAnnotation } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import type { ActionContext } from './context.js';
import type { AnnotationMode, FailOn } from './inputs.js';
import { commandAnnotations } from './log-findings.js';
import type { Logger } from './logger.js';
import { conclusionOf, countBy } from './verdict.js';

/** GitHub shows at most this many workflow-command annotations of each kind per step. */
export const COMMAND_ANNOTATION_LIMIT = 10;

export interface PublishInput {
  findings: readonly Finding[];
  mode: AnnotationMode;
  failOn: FailOn;
  context: ActionContext;
  api?: GitHubApi;
  toRepoPath: (file: string) => string;
  /** Lines for the check run's summary (fact changes, suppressions the change adds), if any. */
  factNote?: string;
}

function checkSummary(findings: readonly Finding[], factNote: string | undefined): { title: string; summary: string } {
  const contradictions = findings.filter((f) => f.kind === 'contradiction');
  const n = contradictions.length;
  const others = findings.length - n;
  const counts = (['error', 'warning', 'notice'] as const)
    .map((severity) => [severity, countBy(contradictions, severity)] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`)
    .join(', ');
  const notices = others > 0 ? `, ${others} notice${others === 1 ? '' : 's'}` : '';
  const title = n === 0 ? `No contradictions${notices}` : `${n} contradiction${n === 1 ? '' : 's'} (${counts})${notices}`;
  const summary = [
    n === 0 ? 'factlint found no contradiction in scope.' : `factlint found ${n} contradiction${n === 1 ? '' : 's'}; each is annotated on its line.`,
    'The job summary lists them all with the facts they contradict.',
    factNote ?? '',
  ].filter(Boolean).join('\n\n');
  return { title, summary };
}

/**
 * Findings as annotations: a check run when the token may write one, else
 * (a fork's read-only token answers 403) workflow commands. Returns the
 * notes the summary must carry about what the reader can and cannot see.
 */
export async function publishAnnotations(input: PublishInput, logger: Logger): Promise<string[]> {
  const { findings, mode, context, api, toRepoPath } = input;
  if (mode === 'none') return [];
  const notes: string[] = [];
  let rest: readonly Finding[] = findings;
  if (mode !== 'commands' && api) {
    const outcome = await publishCheckRun(api, {
      repo: context.repo,
      headSha: context.headSha,
      annotations: findings.map((f) => toAnnotation(f, toRepoPath(f.file))),
      conclusion: conclusionOf(findings, input.failOn),
      ...checkSummary(findings, input.factNote),
    });
    if (outcome.ok) return notes;
    const limited = /rate limit/i.test(outcome.message);
    const why = limited
      ? `HTTP ${outcome.status}: rate limited for longer than rate-limit-wait`
      : outcome.status === 403
        ? 'HTTP 403: the token may not write checks, as on pull requests from forks'
        : outcome.status
          ? `HTTP ${outcome.status}`
          : outcome.message;
    logger.warning(`Could not write the factlint check run (${why}).`);
    notes.push(`The check run could not be written (${why}).`);
    rest = findings.slice(outcome.posted);
  } else if (mode === 'check-run') {
    notes.push('No token was given, so no check run was written.');
  }
  if (mode === 'check-run' || rest.length === 0) return notes;
  commandAnnotations(logger, rest, toRepoPath);
  notes.push(
    `Findings were annotated with workflow commands, and GitHub shows only the first ${COMMAND_ANNOTATION_LIMIT} of each kind per step: the table below lists all ${findings.length}.`,
  );
  return notes;
}
