import type { Finding } from '../types.js';
import { escapeMarkdown } from '../reporters/summary.js';
import type { GitHubApi } from './api.js';
import type { RepoRef } from './context.js';
import { fingerprints, marker, markerIn } from './fingerprint.js';
import { suggestionBlock } from './suggestion.js';

/** A comment the run wants on the pull request, on one line of the diff. */
export interface WantedComment {
  fingerprint: string;
  path: string;
  line: number;
  body: string;
}

interface ExistingComment {
  id: number;
  body: string;
  path: string;
  line: number | null;
  user?: { type?: string } | null;
}

export interface ReviewOutcome {
  created: number;
  updated: number;
  resolved: number;
  unchanged: number;
}

/** At most this many new comments in one review, so one pull request cannot trip the secondary rate limits. */
export const MAX_NEW_COMMENTS = 200;

/** The comment a finding gets: its message, what the facts say, a suggestion when one exists, and the marker. */
export function commentBody(finding: Finding, source: string, fingerprint: string): string {
  return [
    `**factlint** · ${escapeMarkdown(finding.message)}`,
    '',
    `Found ${escapeMarkdown(finding.found)}, expected ${escapeMarkdown(finding.expected)} (${escapeMarkdown(finding.factSource)}).`,
    '',
    suggestionBlock(finding, source),
    marker(fingerprint),
  ].join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Pairs findings (already on diff lines) with their comment bodies; `source` reads an article of the head. */
export function wantedComments(
  findings: readonly Finding[],
  toRepoPath: (file: string) => string,
  source: (file: string) => string,
): WantedComment[] {
  const prints = fingerprints(findings);
  return findings.map((finding, i) => ({
    fingerprint: prints[i]!,
    path: toRepoPath(finding.file),
    line: finding.endLine || finding.line,
    body: commentBody(finding, source(finding.file), prints[i]!),
  }));
}

const resolvedBody = (body: string, fingerprint: string): string =>
  `~~factlint~~ Resolved: this contradiction is no longer found.\n\n<details><summary>Earlier comment</summary>\n\n${body.replace(marker(fingerprint), '')}\n</details>\n<!-- factlint-resolved:${fingerprint} -->`;

/**
 * Brings the pull request's factlint comments in line with this run: a
 * finding already commented on the same line is edited if its text changed,
 * a finding no longer present has its comment marked resolved (replies and
 * the thread are kept), and only new findings are posted, in one review.
 */
export async function syncReviewComments(
  api: GitHubApi,
  repo: RepoRef,
  pull: { number: number; headSha: string },
  wanted: readonly WantedComment[],
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
  const existing = (
    await api.paginate<ExistingComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...repo,
      pull_number: pull.number,
      per_page: 100,
    })
  ).filter((c) => c.user?.type === 'Bot' && markerIn(c.body));
  const byPrint = new Map(existing.map((c) => [markerIn(c.body)!, c]));
  const kept = new Set<number>();
  const fresh: WantedComment[] = [];
  for (const want of wanted) {
    const old = byPrint.get(want.fingerprint);
    if (!old || old.path !== want.path || old.line !== want.line) {
      fresh.push(want);
      continue;
    }
    kept.add(old.id);
    if (old.body === want.body) {
      outcome.unchanged++;
      continue;
    }
    await api.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: old.id, body: want.body });
    outcome.updated++;
  }
  const posting = fresh.slice(0, MAX_NEW_COMMENTS);
  if (posting.length) {
    await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...repo,
      pull_number: pull.number,
      commit_id: pull.headSha,
      event: 'COMMENT',
      body: `factlint found ${posting.length} new contradiction${posting.length === 1 ? '' : 's'} on the lines of this pull request.`,
      comments: posting.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
    });
    outcome.created = posting.length;
  }
  for (const old of existing) {
    if (kept.has(old.id)) continue;
    const print = markerIn(old.body)!;
    await api.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: old.id, body: resolvedBody(old.body, print) });
    outcome.resolved++;
  }
  return outcome;
}
