/**
 * factlint as a library (the package's `main` and `exports`, bundled to
 * dist/lib.js): check a repository's articles from a script and get the
 * findings as data. Importing it runs nothing; the GitHub Action lives in
 * dist/index.js and the command line in dist/cli.js.
 */
import { check as checkWith } from './check.js';
import type { CheckResult } from './check-types.js';
import { readBuiltinRules } from './cli/builtin-rules.js';
import { createNodeHost } from './cli/node-host.js';

export type { ArticleReport, CheckResult, RunStats } from './check-types.js';
export type { AuthorError, Finding, FindingKind, Severity, Verdict } from './types.js';

export interface LibraryCheckOptions {
  /** The folder to run in, as the command line's current folder (default: `process.cwd()`). */
  cwd?: string;
  /** A `.factlint.yml`, or a folder holding one (default: found in `cwd` or the nearest folder above). */
  config?: string;
  /** Files, folders or globs to check instead of the config's `articles`. */
  paths?: string[];
}

/**
 * Checks articles as `factlint check` does and returns findings, author
 * errors (`problems`; any of level `error` means the run is not to be
 * trusted, as the command's exit 2) and what was read.
 */
export function check(options: LibraryCheckOptions = {}): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  return checkWith({
    cwd,
    host: createNodeHost(cwd),
    builtinRules: readBuiltinRules(),
    searchUpward: true,
    requireInput: true,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.paths !== undefined ? { paths: options.paths } : {}),
  });
}
