import type { AuthorError, Finding, Severity } from '../types.js';

/**
 * GitHub Actions workflow commands, one per line, which the runner turns
 * into annotations. Article text reaches the message, so everything is
 * escaped as `@actions/core` escapes it: once a line break is `%0A` the text
 * can no longer start a line, and so can no longer issue a command.
 */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** Escaping for a command's message, after the `::`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a `key=value` property, where `:` and `,` are separators too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}\n`;
}

/** One annotation per finding, on the contradicting figure. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) =>
      command(
        COMMAND[f.severity],
        [
          ['file', f.file],
          ['line', f.line],
          ['col', f.column],
          ['endLine', f.endLine],
          ['endColumn', f.endColumn],
          ['title', `factlint (${f.ruleId})`],
        ],
        f.message,
      ),
    )
    .join('');
}

/** Author errors as annotations too, so a broken facts file shows where it is broken. */
export function formatGithubProblems(problems: readonly AuthorError[]): string {
  return problems
    .map((p) =>
      command(
        p.level,
        [
          ['file', p.file],
          ['line', p.line],
          ['col', p.column],
          ['title', 'factlint (configuration)'],
        ],
        p.message,
      ),
    )
    .join('');
}
