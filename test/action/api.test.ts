import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiTimeoutError, createApi, statusOf } from '../../src/action/api.js';
import { memoryLogger } from './helpers/memory-logger.js';

type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';

let server: Server | undefined;

/** A loopback API that gives the answers in order (the last one for ever), and counts the requests. */
async function serve(answers: Answer[]): Promise<{ url: string; count: () => number }> {
  let n = 0;
  server = createServer((req, res) => {
    const answer = answers[Math.min(n++, answers.length - 1)]!;
    req.resume();
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => n };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const secondary = (after: number): Answer => ({ status: 429, headers: { 'retry-after': String(after) }, body: { message: 'You have exceeded a secondary rate limit.' } });
const ok: Answer = { status: 201, body: { id: 1 } };
/** One "second" of waiting lasts a millisecond here: the budget is counted in the API's seconds, not the test's. */
const limits = (rateLimitWaitSeconds: number) => ({ timeoutSeconds: 30, rateLimitWaitSeconds, delayMs: 1 });
const post = (api: ReturnType<typeof createApi>) => api.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'acme', repo: 'site', name: 'factlint' });

describe('createApi: rate limits within one budget', () => {
  it('waits out a rate limit that fits in the budget, then succeeds', async () => {
    const { url, count } = await serve([secondary(20), ok]);
    const logger = memoryLogger();
    expect((await post(createApi('t', url, limits(60), logger))).status).toBe(201);
    expect(count()).toBe(2);
    expect(logger.entries.map((e) => e.message)).toEqual(['GitHub API secondary rate limit on POST /repos/{owner}/{repo}/check-runs; retrying after 20s.']);
  });

  it('counts every wait of the run against the budget, and gives up on the one that does not fit', async () => {
    const { url, count } = await serve([secondary(40), ok, secondary(40)]);
    const logger = memoryLogger();
    const api = createApi('t', url, limits(60), logger);
    await post(api);
    await expect(post(api)).rejects.toMatchObject({ status: 429 });
    expect(count()).toBe(3);
    expect(logger.entries.map((e) => e.message)[1]).toBe('GitHub API secondary rate limit on POST /repos/{owner}/{repo}/check-runs: not waiting 40s (20s of rate-limit-wait left); giving up on this request.');
  });

  it('does not wait an hour for a primary rate limit', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const { url, count } = await serve([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'retry-after': '3600' }, body: { message: 'API rate limit exceeded' } }]);
    await expect(post(createApi('t', url, limits(60), memoryLogger()))).rejects.toMatchObject({ status: 403 });
    expect(count()).toBe(1);
  });
});

describe('createApi: a time limit on every attempt', () => {
  it('gives up on a request that gets no answer, without retrying it, and says so without an HTTP status', async () => {
    const { url, count } = await serve(['hang']);
    const error = await post(createApi('t', url, { timeoutSeconds: 1, rateLimitWaitSeconds: 60, delayMs: 1 }, memoryLogger())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).message).toBe('no answer from the GitHub API in 1 s to POST /repos/{owner}/{repo}/check-runs');
    expect(statusOf(error)).toBeUndefined();
    expect(count()).toBe(1);
  });

  it('still retries a server error, with a fresh time limit for each attempt', async () => {
    const { url, count } = await serve([{ status: 502 }, ok]);
    expect((await post(createApi('t', url, limits(60), memoryLogger()))).status).toBe(201);
    expect(count()).toBe(2);
  });
});
