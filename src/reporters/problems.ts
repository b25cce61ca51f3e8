import type { AuthorError } from '../types.js';
import { oneLine } from './terminal.js';

/**
 * Author errors as `file:line:col: level: message`, the shape compilers use,
 * so editors and terminals turn each into a link to the offending place.
 * A message may carry an excerpt on following lines; those are indented so
 * every new record still starts with a path.
 */
export function formatProblems(problems: readonly AuthorError[]): string {
  return problems
    .map((p) => {
      const [first = '', ...rest] = p.message.split(/\r?\n/);
      const head = `${oneLine(p.file)}:${p.line}:${p.column}: ${p.level}: ${oneLine(first)}`;
      return [head, ...rest.map((line) => `    ${oneLine(line)}`)].map((line) => `${line}\n`).join('');
    })
    .join('');
}
