import type { AuthorError, Finding } from '../types.js';
import { formatGithub, formatGithubProblems } from '../reporters/github.js';
import { oneLine } from '../reporters/terminal.js';
import { inert } from './annotations.js';
import type { Logger } from './logger.js';

/**
 * Every finding as a plain line of the log, whatever else fails: with
 * workflow commands switched off around them, an article cannot speak to
 * the runner through its own text.
 */
export function logFindings(logger: Logger, findings: readonly Finding[]): void {
  logger.info(`factlint: ${findings.length} finding${findings.length === 1 ? '' : 's'} in scope.`);
  logger.untrusted(
    findings.map(
      (f) => `${oneLine(f.file)}:${f.line}:${f.column} ${f.severity} ${oneLine(f.message)} [${oneLine(f.attribute)}; expected ${oneLine(f.expected)}; ${oneLine(f.factSource)}]`,
    ),
  );
}

/**
 * Workflow-command annotations, for when no check run can be written. The
 * commands reporter escapes line breaks and separators; mentions are broken
 * here too, since GitHub renders annotation text in more than one place.
 */
export function commandAnnotations(logger: Logger, findings: readonly Finding[], toRepoPath: (file: string) => string): void {
  const safe = findings.map((f) => ({ ...f, file: toRepoPath(f.file), message: inert(f.message) }));
  for (const line of formatGithub(safe).split('\n')) if (line !== '') logger.info(line);
}

/** Author errors as annotations at their file:line:col, then the step fails with the same list. */
export function commandProblems(logger: Logger, problems: readonly AuthorError[], toRepoPath: (file: string) => string): void {
  const safe = problems.map((p) => ({ ...p, file: toRepoPath(p.file), message: inert(p.message) }));
  for (const line of formatGithubProblems(safe).split('\n')) if (line !== '') logger.info(line);
}
