import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../check.js';
import { readBuiltinRules } from './builtin-rules.js';
import { checkForCli } from './check-run.js';
import { createNodeHost } from './node-host.js';
import { findPackageRoot, readPackageInfo } from './package-root.js';
import { runCli as run, type CliDeps, type CliIo, type ExitCode } from './run.js';
import { writeNewFile } from './write-new-file.js';

export type { CliDeps, CliIo, ExitCode };

/** The real pipeline, the real file system and factlint's own rules. */
export const defaultDeps: CliDeps = {
  check: (options, run) => (run ? checkForCli(options, run, readPackageInfo(findPackageRoot()).version) : check(options)),
  createHost: createNodeHost,
  builtinRules: () => readBuiltinRules(),
  packageInfo: () => readPackageInfo(findPackageRoot()),
  writeNewFile,
  writeFile(cwd, path, text) {
    const target = resolve(cwd, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  },
};

/** The CLI with the real dependencies unless a test swaps some of them. */
export function runCli(argv: readonly string[], io: CliIo, deps: Partial<CliDeps> = {}): Promise<ExitCode> {
  return run(argv, io, { ...defaultDeps, ...deps });
}

/** The process edge: argv in, text out, exit code set (not forced, so output drains). */
export async function main(): Promise<void> {
  process.stdout.on('error', closedPipe);
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    readStdin,
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `factlint check | head` closes stdout early: not a crash. */
function closedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();
