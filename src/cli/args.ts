import { parseArgs } from 'node:util';
import type { Severity } from '../types.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'check'; paths: string[]; config?: string; format: Format; failOn: FailOn; noColor: boolean }
  | { name: 'explain'; file: string; config?: string; noColor: boolean };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

export const USAGE = `Usage: factlint <command> [options]

Commands:
  check [PATHS...]       Check articles (files, folders or globs; default: the config's articles)
  explain FILE           List every claim of one article with the verdict on it

Options:
  -c, --config FILE      Configuration file (default: .factlint.yml in the current directory)
  -f, --format FORMAT    Output of check: text, json, sarif or github (default: text)
      --fail-on LEVEL    Exit 1 on findings at or above: error, warning, notice or never (default: error)
      --no-color         Never colour the output
  -h, --help             Show this help
  -v, --version          Show the version

Exit status: 0 nothing at or above --fail-on, 1 contradictions found, 2 bad configuration or input.
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

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
  const noColor = values['no-color'] ?? false;
  if (name === 'check') {
    const format = values.format ?? 'text';
    if (!isOneOf(format, FORMATS)) return invalid('--format', format, FORMATS);
    const failOn = values['fail-on'] ?? 'error';
    if (!isOneOf(failOn, FAIL_ON)) return invalid('--fail-on', failOn, FAIL_ON);
    return { ok: true, command: { name, paths: rest, config: values.config, format, failOn, noColor } };
  }
  if (name === 'explain') {
    if (values.format !== undefined) return { ok: false, error: '--format applies to check only' };
    if (values['fail-on'] !== undefined) return { ok: false, error: '--fail-on applies to check only' };
    if (rest.length !== 1) return { ok: false, error: 'explain takes exactly one FILE' };
    return { ok: true, command: { name, file: rest[0], config: values.config, noColor } };
  }
  if (name === undefined) return { ok: false, error: 'no command given' };
  return { ok: false, error: `unknown command '${name}'` };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function invalid(option: string, value: string, allowed: readonly string[]): ParsedArgs {
  return { ok: false, error: `${option} must be one of ${allowed.join(', ')}, not '${value}'` };
}
