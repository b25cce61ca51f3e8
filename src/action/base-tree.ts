import { type GitHubApi, statusOf } from './api.js';
import { apiTree } from './api-tree.js';
import type { ActionContext } from './context.js';
import type { Git } from './git.js';
import type { Logger } from './logger.js';
import { fromHead } from './pull-host.js';
import { type Tree, gitTree } from './tree.js';

/**
 * The pull request's base commit, where the facts, rules and config are
 * read: from the local history (fetching the one commit if the clone is
 * shallow), else through the API. Never the head: when neither works the
 * run stops, because judging a pull request by facts it may have edited
 * would let it hide its own contradictions.
 */
export async function baseTree(context: ActionContext, git: Git, api: GitHubApi | undefined, logger: Logger): Promise<Tree> {
  const sha = context.pull!.baseSha;
  if (!sha) throw new Error('The pull_request event names no base commit.');
  if (git.hasCommit(sha) || (git.fetchCommit(sha) && git.hasCommit(sha))) return gitTree(git, sha);
  if (api) {
    try {
      logger.info(`The base commit ${sha} is not in the local history; reading its facts through the API.`);
      return await apiTree(api, context.repo, sha, (path) => !fromHead(path));
    } catch (error) {
      const status = statusOf(error);
      throw new Error(`Cannot read the base commit ${sha} (${status ? `HTTP ${status}` : (error as Error).message}); facts are never read from the pull request's head.`);
    }
  }
  throw new Error(`The base commit ${sha} is not in the local history and no token was given; use actions/checkout with fetch-depth: 0, or pass a token.`);
}
