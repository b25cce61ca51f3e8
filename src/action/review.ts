import type { Finding } from '../types.js';
import { statusOf } from './api.js';
import type { Logger } from './logger.js';
import type { Prepared } from './prepare.js';
import { syncReviewComments, wantedComments } from './review-comments.js';
import { onDiffLine } from './scope.js';

/**
 * `review-comments: true`: one review with a comment per finding that sits
 * on a line of the diff (GitHub refuses comments elsewhere). Returns notes
 * for the summary; a failure is reported, never thrown.
 */
export async function reviewFindings(p: Prepared, findings: readonly Finding[], logger: Logger): Promise<string[]> {
  const pull = p.context.pull;
  if (!pull) return [];
  if (!p.api) return ['No token was given, so no review comments were written.'];
  const onDiff = findings.filter((f) => onDiffLine(f, p.changes, p.toRepoPath));
  const source = (file: string) => p.headHost.readFile(file)?.toString('utf8') ?? '';
  try {
    const outcome = await syncReviewComments(p.api, p.context.repo, pull, wantedComments(onDiff, p.toRepoPath, source));
    logger.info(`Review comments: ${outcome.created} new, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.resolved} resolved.`);
    const off = findings.length - onDiff.length;
    return off > 0 ? [`${off} findings are outside the diff, where GitHub takes no review comment.`] : [];
  } catch (error) {
    const status = statusOf(error);
    const why = status === 403 ? 'HTTP 403: the token may not write pull requests' : status ? `HTTP ${status}` : (error as Error).message;
    logger.warning(`Could not write review comments (${why}).`);
    return [`Review comments could not be written (${why}).`];
  }
}
