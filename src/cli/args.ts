import { parseArgs } from 'node:util';
import { closestKey } from '../config/issue-text.js';
import { parseShard, type Shard } from '../select-shard.js';
import type { Severity } from '../types.js';
import { COMMAND_HELP } from './help-text.js';

export { USAGE } from './help-text.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** `factlint facts` and `explain` write a report, not findings: no SARIF, no workflow commands. */
export const FACTS_FORMATS = ['text', 'json'] as const;
export type FactsFormat = (typeof FACTS_FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

/** `--fix` writes the suggestions into the articles; `dry-run` only shows them. */
export type FixMode = 'write' | 'dry-run';

export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | {
      name: 'check';
      paths: string[];
      config?: string;
      format: Format;
      failOn: FailOn;
      noColor: boolean;
      /** `--color`: colour even when stdout is not a terminal. */
      color?: boolean;
      stdinFilename?: string;
      fix?: FixMode;
      output?: string;
      run: CheckRun;
    }
  | { name: 'merge'; files: string[]; format: MergeFormat }
  | { name: 'explain'; file: string; config?: string; noColor: boolean; color?: boolean; format?: FactsFormat }
  | { name: 'test-rules'; paths: string[]; config?: string }
  | { name: 'facts'; paths: string[]; config?: string; format: FactsFormat; suggest: boolean }
  | { name: 'init' }
  | { name: 'import'; source: 'wikidata'; ids: string[]; langs: string[]; out: string; from?: string };

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

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  suggest: { type: 'boolean' },
  lang: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  config?: string;
  format?: string;
  output?: string;
  'fail-on'?: string;
  'stdin-filename'?: string;
  fix?: boolean;
  'fix-dry-run'?: boolean;
  color?: boolean;
  'no-color'?: boolean;
  cache?: boolean;
  'cache-location'?: string;
  shard?: string;
  concurrency?: string;
  suggest?: boolean;
  lang?: string;
  out?: string;
  from?: string;
};

/** The options only `check` takes, so that other commands refuse them rather than ignore them. */
const CHECK_ONLY = ['fail-on', 'stdin-filename', 'fix', 'fix-dry-run', 'output', 'cache', 'cache-location', 'shard', 'concurrency'] as const;

/** Options only `import` takes. */
const IMPORT_ONLY = ['lang', 'out', 'from'] as const;

/**
 * argv (without node and the script) -> a command, or the reason it is not
 * one. Every mistake is an error here, not a guess: a typo in a CI script
 * should fail loudly rather than silently check with the defaults; but the
 * error names the command or option most likely meant.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: optionError((error as Error).message) };
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (name === 'help') return helpFor(rest[0]);
  if (values.help) return name !== undefined && Object.hasOwn(COMMAND_HELP, name) ? ok({ name: 'help', topic: name }) : ok({ name: 'help' });
  if (values.version) return { ok: true, command: { name: 'version' } };

  if (name === undefined) return { ok: false, error: 'no command given' };
  if (!Object.hasOwn(COMMANDS, name)) return { ok: false, error: `unknown command '${name}'${didYouMean(name, Object.keys(COMMAND_HELP))}` };
  const notImport = name === 'import' ? undefined : refuse(values, IMPORT_ONLY, (key) => `--${key} applies to import only`);
  if (notImport) return notImport;
  if (values.suggest && name !== 'facts') return { ok: false, error: '--suggest applies to facts only' };
  return COMMANDS[name](values, rest);
}

function helpFor(topic: string | undefined): ParsedArgs {
  if (topic === undefined) return ok({ name: 'help' });
  if (!Object.hasOwn(COMMAND_HELP, topic)) return { ok: false, error: `unknown command '${topic}'${didYouMean(topic, Object.keys(COMMAND_HELP))}` };
  return ok({ name: 'help', topic });
}

/** node's "Unknown option '--formt'. To specify a positional ..." -> its first sentence and a guess. */
function optionError(message: string): string {
  const first = message.split('. ')[0];
  const unknown = /Unknown option '(-{1,2})([^'=]+)'/.exec(first);
  if (!unknown || unknown[1] !== '--') return first;
  return `${first}${didYouMean(unknown[2], Object.keys(OPTIONS), '--')}`;
}

function didYouMean(word: string, known: readonly string[], prefix = ''): string {
  const guess = closestKey(word, known);
  return guess ? `; did you mean '${prefix}${guess}'?` : '';
}

function colorOf(values: Values): { noColor: boolean; color?: boolean } {
  if (values['no-color']) return { noColor: true };
  return values.color ? { noColor: false, color: true } : { noColor: false };
}

function refuse(values: Values, keys: readonly (keyof Values)[], why: (key: string) => string): ParsedArgs | undefined {
  const given = keys.find((key) => values[key] !== undefined);
  return given ? { ok: false, error: why(given) } : undefined;
}

const checkOnly = (values: Values) => refuse(values, CHECK_ONLY, (key) => `--${key} applies to check only`);

const COMMANDS: Record<string, (values: Values, rest: string[]) => ParsedArgs> = {
  check(values, rest) {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FORMATS)) return invalid('--format', format, FORMATS);
    const failOn = values['fail-on'] ?? 'error';
    if (!isOneOf(failOn, FAIL_ON)) return invalid('--fail-on', failOn, FAIL_ON);
    if (values.fix && values['fix-dry-run']) return { ok: false, error: '--fix and --fix-dry-run exclude each other' };
    const stdin = rest.includes('-');
    if (stdin && rest.length > 1) return { ok: false, error: '- (standard input) cannot be checked with other PATHS' };
    if (values['stdin-filename'] !== undefined && !stdin) return { ok: false, error: '--stdin-filename names standard input: give - as the PATH' };
    const fix: FixMode | undefined = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
    if (fix === 'write' && stdin) return { ok: false, error: '--fix cannot write into standard input; use --fix-dry-run' };
    const run = checkRun(values);
    if ('error' in run) return { ok: false, error: run.error };
    const command: Command = { name: 'check', paths: rest, config: values.config, format, failOn, ...colorOf(values), run };
    if (values['stdin-filename'] !== undefined) command.stdinFilename = values['stdin-filename'];
    if (fix) command.fix = fix;
    if (values.output !== undefined) command.output = values.output;
    return ok(command);
  },
  explain(values, rest) {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FACTS_FORMATS)) return invalid('--format', format, FACTS_FORMATS);
    const refused = checkOnly(values);
    if (refused) return refused;
    if (rest.length !== 1) return { ok: false, error: 'explain takes exactly one FILE' };
    const command: Command = { name: 'explain', file: rest[0], config: values.config, ...colorOf(values) };
    if (format !== 'text') command.format = format;
    return ok(command);
  },
  facts(values, rest) {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FACTS_FORMATS)) return invalid('--format', format, FACTS_FORMATS);
    const refused = checkOnly(values);
    if (refused) return refused;
    return ok({ name: 'facts', paths: rest, config: values.config, format, suggest: values.suggest ?? false });
  },
  'test-rules'(values, rest) {
    if (values.format !== undefined) return { ok: false, error: '--format applies to check, explain and facts only' };
    const refused = checkOnly(values);
    if (refused) return refused;
    return ok({ name: 'test-rules', paths: rest, config: values.config });
  },
  init(values, rest) {
    const refused = refuse(values, ['config', 'format', ...CHECK_ONLY], (key) => `--${key} does not apply to init`);
    if (refused) return refused;
    if (rest.length > 0) return { ok: false, error: 'init takes no PATHS: it writes into the current directory' };
    return ok({ name: 'init' });
  },
  merge(values, rest) {
    const format = values.format ?? 'json';
    if (!isOneOf(format, MERGE_FORMATS)) return invalid('--format', format, MERGE_FORMATS);
    const refused = refuse(values, ['config', 'no-color', 'color', ...CHECK_ONLY], (key) => `--${key} does not apply to merge`);
    if (refused) return refused;
    if (rest.length === 0) return { ok: false, error: 'merge takes the report FILES to join' };
    return ok({ name: 'merge', files: rest, format });
  },
  import(values, rest) {
    const refused = refuse(values, ['config', 'format', ...CHECK_ONLY], (key) => `--${key} does not apply to import`);
    if (refused) return refused;
    const [source, ...ids] = rest;
    if (source !== 'wikidata') return { ok: false, error: `import reads from: wikidata, not '${source ?? ''}'` };
    const langs = (values.lang ?? 'fr,en').split(',').map((l) => l.trim()).filter(Boolean);
    if (langs.length === 0 || langs.some((l) => !/^[a-z]{2,3}(-[a-z]+)?$/.test(l))) {
      return { ok: false, error: `--lang takes language codes such as fr,en, not '${values.lang ?? ''}'` };
    }
    return ok({ name: 'import', source, ids, langs, out: values.out ?? 'facts', ...(values.from !== undefined && { from: values.from }) });
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
