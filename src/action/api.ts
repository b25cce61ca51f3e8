import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from './logger.js';

/**
 * The two calls of the REST API the Action makes, as a narrow interface:
 * Octokit satisfies it, and tests give a fake or a local HTTP server.
 */
export interface GitHubApi {
  request<T = any>(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: T }>;
  paginate<T = any>(route: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** The HTTP status of a failed API call, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * An Octokit that retries server errors with backoff and waits out rate
 * limits (at most twice), its base URL from GITHUB_API_URL. `delayMs` scales
 * every wait: 1000 in real runs, a few milliseconds in tests.
 */
export function createApi(token: string, apiUrl: string, delayMs: number, logger: Logger): GitHubApi {
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retryAfterBaseValue: delayMs, retries: 3 },
      throttle: {
        retryAfterBaseValue: delayMs,
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          logger.warning(`GitHub API rate limit on ${options.method} ${options.url}; retrying after ${after}s.`);
          return count < 2;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          logger.warning(`GitHub API secondary rate limit on ${options.method} ${options.url}; retrying after ${after}s.`);
          return count < 2;
        },
      },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  );
  return {
    request: (route, params) => octokit.request(route, params) as Promise<{ status: number; data: any }>,
    paginate: (route, params) => octokit.paginate(route, params) as Promise<any[]>,
  };
}
