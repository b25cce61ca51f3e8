import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const BUNDLE = join(ROOT, 'dist/index.js');

/**
 * The e2e tests run the committed bundle, as users of the Action do; CI
 * checks that it matches the sources, and `npm run all` bundles before it
 * tests. Only a missing bundle is built here (under a lock, since test files
 * run in parallel), never a present one rewritten while another test runs it.
 */
export async function ensureBundle(): Promise<void> {
  if (existsSync(BUNDLE)) return;
  const lock = join(ROOT, 'dist', '.bundle-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 60_000) throw new Error(`${lock} held for a minute`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    if (!existsSync(BUNDLE)) execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmdirSync(lock);
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  inputs: Record<string, string>;
  event: { name: string; payload: unknown };
  repository?: string;
  sha: string;
  /** Variables set last, over the runner's own. */
  env?: Record<string, string>;
}

/** Reads the runner's GITHUB_OUTPUT file: `name<<DELIMITER`, the value, the delimiter. */
export function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/**
 * Runs `node dist/index.js` as the runner does: inputs as INPUT_* variables
 * (dashes kept), the event file, the summary and output files, and the API
 * URL of the fake server. Nothing of the test's own GitHub environment leaks in.
 */
export function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'factlint-runner-'));
  const eventPath = join(temp, 'event.json');
  const summaryPath = join(temp, 'summary.md');
  const outputPath = join(temp, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme-press/articles',
    GITHUB_SHA: options.sha,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: options.apiUrl,
    RUNNER_TEMP: temp,
    FACTLINT_API_DELAY_MS: '5',
    NO_PROXY: '127.0.0.1,localhost',
    ...options.env,
  });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        code,
        stdout,
        stderr,
        summary: readFileSync(summaryPath, 'utf8'),
        outputs: existsSync(outputPath) ? readOutputs(readFileSync(outputPath, 'utf8')) : {},
      }),
    );
  });
}
