import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** The pull's own count, to tell when the files API stopped at its 3,000-file limit. */
  changedFiles?: number;
}

/**
 * What the run is about, read once from the runner's environment and event
 * file. Nothing else in the Action reads `process.env`, so every other part is
 * a function of this object.
 */
export interface ActionContext {
  eventName: string;
  repo: RepoRef;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit the working tree holds (GITHUB_SHA). */
  sha: string;
  /** The commit that links and check runs point at: a pull's head, else `sha`. */
  headSha: string;
  pull?: PullInfo;
  push?: { before: string; after: string };
  tempDir: string;
  summaryFile?: string;
  /** Base of the retry and rate-limit delays, in milliseconds (FACTLINT_API_DELAY_MS). */
  apiDelayMs: number;
}

type Env = Record<string, string | undefined>;

function readEvent(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new Error(`Cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}

const ZERO_SHA = /^0+$/;

/** Reads the run's context from the environment the Actions runner gives. */
export function readContext(env: Env): ActionContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const sha = env.GITHUB_SHA ?? '';
  const context: ActionContext = {
    eventName,
    repo: { owner, repo },
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    sha,
    headSha: sha,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    apiDelayMs: delay(env.FACTLINT_API_DELAY_MS),
  };
  const pr = event.pull_request;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr) {
    context.pull = {
      number: Number(pr.number ?? event.number),
      baseSha: String(pr.base?.sha ?? ''),
      headSha: String(pr.head?.sha ?? sha),
      changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    };
    context.headSha = context.pull.headSha;
  }
  if (eventName === 'push' && typeof event.after === 'string') {
    const before = typeof event.before === 'string' && !ZERO_SHA.test(event.before) ? event.before : '';
    context.push = { before, after: event.after };
  }
  return context;
}

function delay(raw: string | undefined): number {
  const value = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value >= 0 ? value : 1000;
}
