import { execFileSync } from 'node:child_process';

/** Longest a `git fetch` of one commit may take before the run goes on without it. */
const FETCH_TIMEOUT_MS = 120_000;

/**
 * Runs git on the checked-out repository, synchronously, because the core's
 * Host is synchronous. Only plumbing that reads objects is used, with external
 * diff drivers and text conversions off, so that no program named by the
 * repository runs. `safe.directory` is given for this one directory because
 * container jobs check the workspace out under another user.
 */
export class Git {
  constructor(readonly cwd: string) {}

  private run(args: string[], timeoutMs?: number): Buffer {
    return execFileSync(
      'git',
      ['-c', `safe.directory=${this.cwd}`, '-c', 'core.quotePath=false', ...args],
      {
        cwd: this.cwd,
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGKILL' as const } : {}),
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
    );
  }

  text(args: string[]): string {
    return this.run(args).toString('utf8');
  }

  buffer(args: string[]): Buffer {
    return this.run(args);
  }

  /**
   * Many blobs in one process (`git cat-file --batch`): object names in,
   * their contents out. A name git does not find is left out of the map.
   */
  blobs(objects: readonly string[]): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    if (objects.length === 0) return out;
    const data = execFileSync('git', ['-c', `safe.directory=${this.cwd}`, 'cat-file', '--batch'], {
      cwd: this.cwd,
      input: `${objects.join('\n')}\n`,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
    let at = 0;
    for (const object of objects) {
      const eol = data.indexOf(10, at);
      if (eol < 0) break;
      const header = data.subarray(at, eol).toString('utf8').split(' ');
      at = eol + 1;
      if (header.at(-1) === 'missing' || header.length !== 3) continue;
      const size = Number(header[2]);
      if (header[1] === 'blob') out.set(object, data.subarray(at, at + size));
      at += size + 1;
    }
    return out;
  }

  /** True when git succeeds (within `timeoutMs`, when given); for probes such as "is this commit here". */
  ok(args: string[], timeoutMs?: number): boolean {
    try {
      this.run(args, timeoutMs);
      return true;
    } catch {
      return false;
    }
  }

  hasCommit(sha: string): boolean {
    return sha !== '' && this.ok(['cat-file', '-e', `${sha}^{commit}`]);
  }

  /** The top of the work tree, or undefined when `cwd` is not in one. */
  topLevel(): string | undefined {
    try {
      return this.text(['rev-parse', '--show-toplevel']).trim();
    } catch {
      return undefined;
    }
  }

  /**
   * Brings one commit in from `origin` when a shallow checkout lacks it
   * (actions/checkout fetches one commit by default). Failure is an answer,
   * and so is a remote that does not answer in two minutes.
   */
  fetchCommit(sha: string): boolean {
    return this.ok(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], FETCH_TIMEOUT_MS);
  }
}
