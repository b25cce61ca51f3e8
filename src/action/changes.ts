import type { ActionContext } from './context.js';
import { type GitHubApi, statusOf } from './api.js';
import type { ChangeSet } from './change-set.js';
import { changesFromGit } from './changes-git.js';
import { pullFilesFromApi, pushFilesFromApi } from './changes-api.js';
import type { Git } from './git.js';
import type { Logger } from './logger.js';

/** The changed lines and, for the summary, how they were found or why they were not. */
export interface ResolvedChanges {
  changes: ChangeSet;
  notes: string[];
}

function describe(error: unknown): string {
  const status = statusOf(error);
  return status ? `HTTP ${status}` : (error as Error)?.message ?? String(error);
}

/** A git diff, or undefined when the history cannot answer (no merge base in a shallow clone). */
function tryGit(diff: () => ChangeSet, logger: Logger): ChangeSet | undefined {
  try {
    return diff();
  } catch (error) {
    logger.warning(`git diff failed: ${((error as Error).message ?? '').split('\n')[0]}`);
    return undefined;
  }
}

/** Makes sure a commit is in the local history, fetching it once if the clone is shallow. */
function present(git: Git, sha: string): boolean {
  return git.hasCommit(sha) || (git.fetchCommit(sha) && git.hasCommit(sha));
}

async function forPull(context: ActionContext, api: GitHubApi | undefined, git: Git, logger: Logger): Promise<ResolvedChanges> {
  const notes: string[] = [];
  let partial: ChangeSet | undefined;
  let failure = '';
  if (api) {
    try {
      const { changes, truncated } = await pullFilesFromApi(api, context);
      if (!truncated) return { changes, notes };
      partial = changes;
    } catch (error) {
      logger.warning(`Could not list the pull request's files through the API (${describe(error)}); trying the local history.`);
      failure = `The pull request's files could not be listed through the API (${describe(error)})`;
    }
  }
  const base = context.pull!.baseSha;
  // `base...HEAD`: from their merge base to the commit the working tree holds; a shallow clone may have none.
  const fromGit = present(git, base) ? tryGit(() => changesFromGit(git, `${base}...HEAD`, ''), logger) : undefined;
  if (fromGit) {
    if (partial) notes.push('GitHub lists only the first 3,000 files of a pull request; the local history gave them all.');
    if (failure) notes.push(`${failure}; the local history was used.`);
    return { changes: fromGit, notes };
  }
  if (partial) {
    notes.push('GitHub lists only the first 3,000 files of a pull request, and the local history could not give the rest: only those were checked.');
    return { changes: partial, notes };
  }
  notes.push(`${failure || 'No token was given'}, and the local history could not give the changed lines: every article was checked.`);
  return { changes: { kind: 'all', reason: 'changed lines unknown' }, notes };
}

async function forPush(context: ActionContext, api: GitHubApi | undefined, git: Git, logger: Logger): Promise<ResolvedChanges> {
  const { before, after } = context.push!;
  if (before === '') return { changes: { kind: 'all', reason: 'a new branch' }, notes: [] };
  const fromGit = present(git, before) && present(git, after) ? tryGit(() => changesFromGit(git, before, after), logger) : undefined;
  if (fromGit) return { changes: fromGit, notes: [] };
  if (api) {
    try {
      return { changes: await pushFilesFromApi(api, context), notes: [] };
    } catch (error) {
      logger.warning(`Could not compare ${before}...${after} through the API (${describe(error)}).`);
    }
  }
  return { changes: { kind: 'all', reason: 'pushed range unknown' }, notes: ['The pushed range could not be read: every article was checked.'] };
}

/**
 * Which lines the run is about, per event: a pull request's files (REST API,
 * else `git diff` from the merge base), a push's range, and every article for
 * `workflow_dispatch`, `schedule` and any other event.
 */
export async function resolveChanges(
  context: ActionContext,
  api: GitHubApi | undefined,
  git: Git,
  logger: Logger,
): Promise<ResolvedChanges> {
  if (context.pull) return forPull(context, api, git, logger);
  if (context.push) return forPush(context, api, git, logger);
  return { changes: { kind: 'all', reason: `a ${context.eventName || 'manual'} run` }, notes: [] };
}
