import type { CheckResult } from './check-types.js';
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
export declare function check(options?: LibraryCheckOptions): CheckResult;
