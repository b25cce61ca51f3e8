import type { AuthorError, Finding, Verdict } from './types.js';
import type { Host } from './host.js';
import type { UsedSuppression } from './findings/suppressions.js';

/** A built-in rule file shipped with factlint, read by the edge. */
export interface RuleSource {
  /** Path shown in errors, such as `rules/founded.yml`. */
  file: string;
  text: string;
}

export interface CheckOptions {
  /** Directory the command runs in: finding and error paths are relative to it. */
  cwd: string;
  /** `--config`; otherwise `.factlint.yml` in `cwd` when it exists, else defaults. */
  configPath?: string;
  /** Files, directories or globs to check instead of the config's `articles`. */
  paths?: string[];
  host: Host;
  builtinRules: RuleSource[];
}

/** What one article produced: every claim's verdict (for explain) and its own problems. */
export interface ArticleReport {
  file: string;
  verdicts: Verdict[];
  problems: AuthorError[];
  /** The suppression comments that silenced findings, and what each silenced. */
  suppressions?: UsedSuppression[];
}

export interface CheckResult {
  findings: Finding[];
  /** Author errors and unreadable inputs; any with level `error` means exit 2. */
  problems: AuthorError[];
  articles: ArticleReport[];
}
