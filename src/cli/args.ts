import { parseArgs } from 'node:util';
import { parseShard, type Shard } from '../select-shard.js';
import type { Severity } from '../types.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** `factlint facts` writes a report, not findings: no SARIF, no workflow commands. */
export const FACTS_FORMATS = ['text', 'json'] as const;
export type FactsFormat = (typeof FACTS_FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'check'; paths: string[]; config?: string; format: Format; failOn: FailOn; noColor: boolean; run: CheckRun }
  | { name: 'merge'; files: string[]; format: MergeFormat }
  | { name: 'explain'; file: string; config?: string; noColor: boolean }
  | { name: 'test-rules'; paths: string[]; config?: string }
  | { name: 'facts'; paths: string[]; config?: string; format: FactsFormat }
  | { name: 'init' };

/** How `check` runs: never what it finds. */
export interface CheckRun {
  /** `--cache`: the cache file's path, relative to the working directory. */
  cache?: string;
  shard?: Shard;
  /** `--concurrency`: threads to check with; undefined lets factlint choose from the run's size and the machine. */
  concurrency?: number;
}

/** `factlint merge` joins reports of one format. */
export const MERGE_FORMATS = ['json', 'sarif'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];

/** eslint's and cspell's name for it, in the working directory. */
export const DEFAULT_CACHE = '.factlintcache';

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

export const USAGE = `Usage: factlint <command> [options]

Commands:
  check [PATHS...]       Check articles (files, folders or globs; default: the config's articles)
  explain FILE           List every claim of one article with the verdict on it
  facts [PATHS...]       Coverage of the facts: what the articles agree with, contradict or
                         cannot verify, which statements no article mentions
  test-rules [PATHS...]  Run the examples of rule files (default: the built-in rules and the
                         config's rules)
  init                   Write a starter .factlint.yml, facts, rule and GitHub workflow
                         (never overwrites a file)
  merge FILES...         Join the JSON or SARIF reports of sharded runs into one (--format
                         json or sarif, default json)

Options:
  -c, --config FILE      Configuration file (default: .factlint.yml in the current directory)
  -f, --format FORMAT    Output of check: text, json, sarif or github; of facts: text or json
                         (default: text)
      --fail-on LEVEL    Exit 1 on findings at or above: error, warning, notice or never (default: error)
      --no-color         Never colour the output
      --cache            Keep each article's findings in a cache and reuse them while the
                         article, the facts, the rules and factlint are unchanged
      --cache-location FILE
                         The cache file (default: .factlintcache)
      --shard I/N        Check the I-th of N stable shares of the articles (for a CI matrix)
      --concurrency N    Threads to check with (default: chosen from the run's size and the
                         machine's cores; 1 checks in this thread only)
  -h, --help             Show this help
  -v, --version          Show the version

Exit status: 0 nothing at or above --fail-on, 1 contradictions found (test-rules: examples
failed), 2 bad configuration or input.
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  config?: string;
  format?: string;
  'fail-on'?: string;
  'no-color'?: boolean;
  cache?: boolean;
  'cache-location'?: string;
  shard?: string;
  concurrency?: string;
};

/** Options only `check` takes. */
const RUN_OPTIONS = ['cache', 'cache-location', 'shard', 'concurrency'] as const;

/**
 * argv (without node and the script) -> a command, or the reason it is not
 * one. Every mistake is an error here, not a guess: a typo in a CI script
 * should fail loudly rather than silently check with the defaults.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('. ')[0] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { name: 'help' } };
  if (values.version) return { ok: true, command: { name: 'version' } };

  const [name, ...rest] = positionals;
  if (name === undefined) return { ok: false, error: 'no command given' };
  if (!Object.hasOwn(COMMANDS, name)) return { ok: false, error: `unknown command '${name}'` };
  const misplaced = name === 'check' ? undefined : RUN_OPTIONS.find((key) => values[key] !== undefined);
  if (misplaced) return { ok: false, error: `--${misplaced} applies to check only` };
  return COMMANDS[name](values, rest);
}

const COMMANDS: Record<string, (values: Values, rest: string[]) => ParsedArgs> = {
  check(values, rest) {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FORMATS)) return invalid('--format', format, FORMATS);
    const failOn = values['fail-on'] ?? 'error';
    if (!isOneOf(failOn, FAIL_ON)) return invalid('--fail-on', failOn, FAIL_ON);
    const run = checkRun(values);
    if ('error' in run) return { ok: false, error: run.error };
    return ok({ name: 'check', paths: rest, config: values.config, format, failOn, noColor: values['no-color'] ?? false, run });
  },
  merge(values, rest) {
    const format = values.format ?? 'json';
    if (!isOneOf(format, MERGE_FORMATS)) return invalid('--format', format, MERGE_FORMATS);
    const given = (['config', 'fail-on', 'no-color'] as const).find((key) => values[key] !== undefined);
    if (given) return { ok: false, error: `--${given} does not apply to merge` };
    if (rest.length === 0) return { ok: false, error: 'merge takes the report FILES to join' };
    return ok({ name: 'merge', files: rest, format });
  },
  explain(values, rest) {
    if (values.format !== undefined) return { ok: false, error: '--format applies to check and facts only' };
    if (values['fail-on'] !== undefined) return { ok: false, error: '--fail-on applies to check only' };
    if (rest.length !== 1) return { ok: false, error: 'explain takes exactly one FILE' };
    return ok({ name: 'explain', file: rest[0], config: values.config, noColor: values['no-color'] ?? false });
  },
  facts(values, rest) {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FACTS_FORMATS)) return invalid('--format', format, FACTS_FORMATS);
    if (values['fail-on'] !== undefined) return { ok: false, error: '--fail-on applies to check only' };
    return ok({ name: 'facts', paths: rest, config: values.config, format });
  },
  'test-rules'(values, rest) {
    if (values.format !== undefined) return { ok: false, error: '--format applies to check and facts only' };
    if (values['fail-on'] !== undefined) return { ok: false, error: '--fail-on applies to check only' };
    return ok({ name: 'test-rules', paths: rest, config: values.config });
  },
  init(values, rest) {
    const given = (['config', 'format', 'fail-on'] as const).find((key) => values[key] !== undefined);
    if (given) return { ok: false, error: `--${given} does not apply to init` };
    if (rest.length > 0) return { ok: false, error: 'init takes no PATHS: it writes into the current directory' };
    return ok({ name: 'init' });
  },
};

function checkRun(values: Values): CheckRun | { error: string } {
  const run: CheckRun = {};
  if (values['cache-location'] !== undefined && !values.cache) return { error: '--cache-location needs --cache' };
  if (values.cache) run.cache = values['cache-location'] ?? DEFAULT_CACHE;
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    if ('error' in shard) return shard;
    run.shard = shard;
  }
  if (values.concurrency !== undefined) {
    if (!/^[1-9]\d*$/.test(values.concurrency)) return { error: `--concurrency must be a whole number of threads, 1 or more, not '${values.concurrency}'` };
    run.concurrency = Number(values.concurrency);
  }
  return run;
}

function ok(command: Command): ParsedArgs {
  return { ok: true, command };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function invalid(option: string, value: string, allowed: readonly string[]): ParsedArgs {
  return { ok: false, error: `${option} must be one of ${allowed.join(', ')}, not '${value}'` };
}
