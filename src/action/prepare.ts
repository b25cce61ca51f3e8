import { isAbsolute, relative, sep } from 'node:path';
import type { Host } from '../host.js';
import { type GitHubApi, createApi } from './api.js';
import { baseTree } from './base-tree.js';
import type { ChangeSet } from './change-set.js';
import { resolveChanges } from './changes.js';
import { type ActionContext, readContext } from './context.js';
import { createNodeHost } from '../cli/node-host.js';
import { Git } from './git.js';
import { type ActionInputs, readInputs } from './inputs.js';
import type { Logger } from './logger.js';
import { pullHost } from './pull-host.js';
import { leavesRoot } from '../config/boundary.js';

/** Everything a run knows before it checks: what to read, from where, and what changed. */
export interface Prepared {
  inputs: ActionInputs;
  context: ActionContext;
  api?: GitHubApi;
  changes: ChangeSet;
  notes: string[];
  /** The host the check reads through: base facts and head articles on a pull request. */
  host: Host;
  /** The working tree alone, for reading the head's facts and articles. */
  headHost: Host;
  /**
   * On a pull request, the base commit alone: the other articles a claim is
   * compared with where the facts say nothing. Undefined when the base's
   * articles cannot be read (it came through the API, which fetches no Markdown).
   */
  baseHost?: Host;
  toRepoPath: (file: string) => string;
}

/** Input mistakes, all of them, so that the step fails once with the whole list. */
export class InputError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

/**
 * Reads inputs and context, masks the token, works out the changed lines and
 * builds the host. The token never reaches a message: it is masked before
 * the first request, and errors are described by their HTTP status.
 */
export async function prepare(env: Record<string, string | undefined>, logger: Logger): Promise<Prepared> {
  const { inputs, errors } = readInputs(env);
  if (inputs.token) logger.secret(inputs.token);
  if (errors.length) throw new InputError(errors);
  const context = readContext(env);
  if (inputs.config && leavesRoot(context.workspace, '.', '.', inputs.config)) {
    throw new InputError([`Input "config" is "${inputs.config}"; it must name a file inside the workspace.`]);
  }
  const git = new Git(context.workspace);
  const top = git.topLevel() ?? context.workspace;
  const prefix = relative(top, context.workspace).split(sep).join('/');
  const toRepoPath = (file: string): string => {
    const slashed = file.split(sep).join('/');
    return prefix === '' || isAbsolute(prefix) || prefix.startsWith('..') ? slashed : `${prefix}/${slashed}`;
  };
  const api = inputs.token ? createApi(inputs.token, context.apiUrl, { timeoutSeconds: inputs.apiTimeout, rateLimitWaitSeconds: inputs.rateLimitWait, delayMs: context.apiDelayMs }, logger) : undefined;
  const { changes, notes } = await resolveChanges(context, api, git, logger);
  const headHost = createNodeHost(context.workspace);
  const base = context.pull ? await baseTree(context, git, api, logger) : undefined;
  const host = base ? pullHost({ cwd: context.workspace, top, head: headHost, base }) : headHost;
  const baseHost = base && !base.partial ? pullHost({ cwd: context.workspace, top, head: headHost, base, headPaths: () => false }) : undefined;
  return { inputs, context, api, changes, notes, host, headHost, ...(baseHost && { baseHost }), toRepoPath };
}
