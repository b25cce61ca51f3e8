import type { GitHubApi } from '../../../src/action/api.js';

export interface Call {
  route: string;
  params: Record<string, any>;
}

/** A GitHubApi that records each call and answers with `respond` (throwing there is an HTTP error). */
export function fakeApi(respond: (call: Call) => unknown = () => ({})): GitHubApi & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    async request(route, params = {}) {
      const call = { route, params };
      calls.push(call);
      return { status: 200, data: respond(call) as any };
    },
    async paginate(route, params = {}) {
      const call = { route, params };
      calls.push(call);
      return respond(call) as any[];
    },
  };
}

/** An error as Octokit throws it: a message and an HTTP status. */
export function httpError(status: number): Error & { status: number } {
  return Object.assign(new Error(`HTTP ${status}`), { status });
}
