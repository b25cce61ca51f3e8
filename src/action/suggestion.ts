import { maxOf } from '../lists.js';
import type { Finding } from '../types.js';

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = maxOf([...text.matchAll(/`+/g)].map((m) => m[0].length), 0);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * The line as it would read with the suggestion in place of the found text,
 * for a one-click ```suggestion block; undefined when the finding has no
 * suggestion, spans lines, or its columns do not fall inside the line.
 */
export function suggestedLine(finding: Finding, source: string): string | undefined {
  if (finding.suggestion === undefined || finding.endLine !== finding.line) return undefined;
  const line = source.split('\n')[finding.line - 1]?.replace(/\r$/, '');
  if (line === undefined) return undefined;
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  if (start < 0 || end <= start || end > line.length) return undefined;
  return line.slice(0, start) + finding.suggestion + line.slice(end);
}

/** The suggestion block of a review comment, or '' when there is none. */
export function suggestionBlock(finding: Finding, source: string): string {
  const line = suggestedLine(finding, source);
  if (line === undefined) return '';
  const fence = fenceFor(line);
  return `${fence}suggestion\n${line}\n${fence}\n`;
}
