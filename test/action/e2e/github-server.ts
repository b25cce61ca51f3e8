import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the Action made, as the server read it. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
  /** The status the server answered. */
  status?: number;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer: the request stays open until the client gives up or the server closes. */
  hang?: boolean;
}

/** A hook that may answer a request before the default routes do (403s, outages). */
export type Override = (request: Recorded, nth: number) => Reply | undefined;

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pull: number;
  files: unknown[];
  comments?: unknown[];
  override?: Override;
}

/**
 * A local HTTP server that answers the REST routes the Action uses the way
 * GitHub does: paginated pull files with Link headers, check runs, review
 * comments and reviews. Every request is recorded for the tests to assert.
 */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  let base = '';
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const page = (items: unknown[], query: URLSearchParams, path: string): Reply => {
    const per = Number(query.get('per_page') ?? 30);
    const n = Number(query.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (n * per < items.length) headers.link = `<${base}${path}?per_page=${per}&page=${n + 1}>; rel="next"`;
    return { status: 200, body: items.slice((n - 1) * per, n * per), headers };
  };
  // Review comments persist across runs, as GitHub keeps them, so a re-run sees its own.
  const comments: { id: number; path: string; line: number; body: string; user: { login: string; type: string } }[] = [...((options.comments ?? []) as any[])];
  const route = (r: Recorded): Reply => {
    if (r.method === 'GET' && r.path === `${repoPath}/pulls/${options.pull}/files`) return page(options.files, r.query, r.path);
    if (r.method === 'GET' && r.path === `${repoPath}/pulls/${options.pull}/comments`) return page(comments, r.query, r.path);
    if (r.method === 'POST' && r.path === `${repoPath}/check-runs`) return { status: 201, body: { id: 4242 } };
    if (r.method === 'PATCH' && r.path === `${repoPath}/check-runs/4242`) return { status: 200, body: { id: 4242 } };
    if (r.method === 'POST' && r.path === `${repoPath}/pulls/${options.pull}/reviews`) {
      for (const c of r.body.comments ?? []) {
        comments.push({ id: 1000 + comments.length, path: c.path, line: c.line, body: c.body, user: { login: 'github-actions[bot]', type: 'Bot' } });
      }
      return { status: 200, body: { id: 77 } };
    }
    if (r.method === 'PATCH' && r.path.startsWith(`${repoPath}/pulls/comments/`)) {
      const comment = comments.find((c) => r.path.endsWith(`/comments/${c.id}`));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = r.body.body;
      return { status: 200, body: comment };
    }
    return { status: 404, body: { message: 'Not Found' } };
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: text ? JSON.parse(text) : undefined,
        authorization: req.headers.authorization,
      };
      requests.push(recorded);
      const nth = requests.filter((r) => r.method === recorded.method && r.path === recorded.path).length;
      const reply = options.override?.(recorded, nth) ?? route(recorded);
      recorded.status = reply.status;
      if (reply.hang) return;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
