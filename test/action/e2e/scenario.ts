import { type RepoFile, type TestRepo, createRepo } from '../helpers/git-repo.js';
import { type FakeGitHub, type Override, startFakeGitHub } from './github-server.js';
import { pullFilesOf } from './pull-files.js';
import { type ActionRun, runAction } from './run-action.js';

export const OWNER = 'acme-press';
export const REPO = 'articles';
export const PULL = 7;

export const CONFIG = 'articles: ["articles/**/*.md"]\nfacts: ["facts/**/*.yml"]\n';

/** Acme, a fictional rocket maker: founded in 1999, based in Lyon. Line 4 holds `founded`. */
export const ACME_FACTS = 'entity: acme\nname: Acme\nfacts:\n  founded: 1999\n  headquarters: Lyon\n';

/** A pull request on a fresh repository: its base and head commits, the fake API, and a runner. */
export interface PullScenario {
  repo: TestRepo;
  base: string;
  head: string;
  server: FakeGitHub;
  /** Runs the Action; `env` adds to (or replaces) the runner's variables, such as FACTLINT_API_DELAY_MS. */
  run(inputs?: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  dispose(): Promise<void>;
}

export async function pullScenario(
  baseFiles: Record<string, RepoFile>,
  headFiles: Record<string, RepoFile>,
  api: { override?: Override; comments?: unknown[] } = {},
): Promise<PullScenario> {
  const repo = createRepo();
  const base = repo.commit(baseFiles, 'Base: facts and published articles');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit(headFiles, 'Head: the pull request');
  const files = pullFilesOf(repo, base, head);
  const server = await startFakeGitHub({ owner: OWNER, repo: REPO, pull: PULL, files, ...api });
  const payload = {
    action: 'synchronize',
    number: PULL,
    pull_request: {
      number: PULL,
      changed_files: files.length,
      base: { sha: base, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
      head: { sha: head, ref: 'feature', repo: { full_name: `contributor/${REPO}` } },
    },
    repository: { full_name: `${OWNER}/${REPO}` },
  };
  return {
    repo,
    base,
    head,
    server,
    run: (inputs = {}, env = {}) =>
      runAction({
        env,
        workspace: repo.dir,
        apiUrl: server.url,
        inputs: { token: 'ghs_testtoken123', ...inputs },
        event: { name: 'pull_request', payload },
        repository: `${OWNER}/${REPO}`,
        sha: head,
      }),
    dispose: async () => {
      await server.close();
      repo.remove();
    },
  };
}

/** Every workflow-command annotation the run printed, as `level file line`. */
export function commandAnnotations(stdout: string): { level: string; file: string; line: number; message: string }[] {
  const out: { level: string; file: string; line: number; message: string }[] = [];
  for (const text of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(text);
    if (!m) continue;
    const props = Object.fromEntries(m[2]!.split(',').map((kv) => kv.split('=') as [string, string]));
    if (!props.file) continue;
    out.push({ level: m[1]!, file: decodeURIComponent(props.file), line: Number(props.line), message: m[3]! });
  }
  return out;
}

/** The check-run requests the server accepted, with their annotations. */
export function checkRunRequests(server: FakeGitHub) {
  return server.requests.filter((r) => r.path.includes('/check-runs') && (r.status ?? 0) < 300);
}
