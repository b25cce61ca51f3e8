import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/core';
import type { Logger } from './logger.js';

/**
 * The two calls of the REST API the Action makes, as a narrow interface:
 * Octokit satisfies it, and tests give a fake or a local HTTP server.
 */
export interface GitHubApi {
  request<T = any>(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: T }>;
  paginate<T = any>(route: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** How long the Action gives the API, so that no request and no rate limit holds the step for ever. */
export interface ApiLimits {
  /** Longest wait for one answer, in seconds (input `api-timeout`). */
  timeoutSeconds: number;
  /** Rate limits are waited out only while their waits add up to at most this, in seconds (input `rate-limit-wait`). */
  rateLimitWaitSeconds: number;
  /** What one second of a retry or rate-limit wait lasts, in milliseconds: 1000 in real runs, a few in tests. */
  delayMs: number;
}

/**
 * A request that got no answer in time. It carries no HTTP status, so that
 * callers describe it by its message, and it tells the retry plugin not to
 * try again: a server that does not answer once is not waited for four times.
 */
export class ApiTimeoutError extends Error {
  readonly request: { request: { retries: number } } = { request: { retries: 0 } };
  constructor(method: string, url: string, seconds: number) {
    super(`no answer from the GitHub API in ${seconds} s to ${method} ${url}`);
    this.name = 'ApiTimeoutError';
  }
}

/** The HTTP status of a failed API call, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * An Octokit with a time limit on every attempt, that retries server errors
 * with backoff (plugin-retry) and waits out rate limits (plugin-throttling)
 * only while their waits fit in one budget for the whole run; past it, the
 * request fails and the caller reports what it has by other means. Its base
 * URL comes from GITHUB_API_URL.
 */
export function createApi(token: string, apiUrl: string, limits: ApiLimits, logger: Logger): GitHubApi {
  let waitLeft = limits.rateLimitWaitSeconds;
  const onLimit = (kind: string) => (after: number, options: { method: string; url: string }, _octokit: unknown, count: number) => {
    const where = `${options.method} ${options.url}`;
    if (count >= 2 || after > waitLeft) {
      logger.warning(`GitHub API ${kind} on ${where}: not waiting ${after}s (${waitLeft}s of rate-limit-wait left); giving up on this request.`);
      return false;
    }
    waitLeft -= after;
    logger.warning(`GitHub API ${kind} on ${where}; retrying after ${after}s.`);
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      // Rate limits (403 and 429) are the throttling plugin's, waited out within the budget; the retry plugin retries server errors.
      retry: { retryAfterBaseValue: limits.delayMs, retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: limits.delayMs,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    } as Parameters<typeof getOctokit>[1],
    timeLimit(limits.timeoutSeconds),
    retry,
    throttling,
  );
  return {
    request: (route, params) => octokit.request(route, params) as Promise<{ status: number; data: any }>,
    paginate: (route, params) => octokit.paginate(route, params) as Promise<any[]>,
  };
}

/**
 * An Octokit plugin that aborts each attempt after `seconds`, the answer's
 * body included. Its hook runs once per attempt (the retry and throttling
 * plugins wrap it). The hooks further in are bound to the same options
 * object and ignore what is passed to them, so the signal is set on it.
 */
function timeLimit(seconds: number) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const timer = AbortSignal.timeout(seconds * 1000);
      options.request = { ...options.request, signal: timer };
      try {
        return await request(options);
      } catch (error) {
        if (timer.aborted) throw new ApiTimeoutError(options.method, options.url, seconds);
        throw error;
      }
    });
    return {};
  };
}
