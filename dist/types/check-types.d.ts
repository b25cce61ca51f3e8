import type { AuthorError, Finding, Verdict } from './types.js';
import type { Host } from './host.js';
import type { GapClaim } from './corpus/gap-claims.js';
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
    /**
     * The other articles a claim is compared with where the facts say nothing
     * (`corpus-consistency`): by default the config's articles through `host`;
     * the Action gives the base branch's; false turns the check off.
     */
    corpus?: {
        host: Host;
        files?: string[];
    } | false;
    /** Look for `.factlint.yml` in the folders above `cwd` too (the command line does). */
    searchUpward?: boolean;
    /**
     * A run that would check nothing (no article selected, no facts loaded) is
     * an error: the command line must never pass silently. The Action leaves it
     * off, since a pull request may change no article at all.
     */
    requireInput?: boolean;
}
/** What one article produced: every claim's verdict (for explain) and its own problems. */
export interface ArticleReport {
    file: string;
    verdicts: Verdict[];
    problems: AuthorError[];
    /** Claims about a known entity that no statement could judge, placed and in plain data: what other articles are compared with. */
    gaps?: GapClaim[];
    /** The suppression comments that silenced findings, and what each silenced. */
    suppressions?: UsedSuppression[];
}
export interface CheckResult {
    findings: Finding[];
    /** Author errors and unreadable inputs; any with level `error` means exit 2. */
    problems: AuthorError[];
    articles: ArticleReport[];
    /** What the run read, for the summary line. */
    stats?: RunStats;
}
export interface RunStats {
    /** Articles read and checked. */
    files: number;
    /** Claims read in them, judged or not. */
    claims: number;
    /** Entities the facts declare. */
    entities: number;
}
