/**
 * `check --fix`: writes each suggestion into the article's text. Only a
 * contradiction that names one clear expected value carries a suggestion
 * (compare/judge.ts), and a fix is applied only where the text still reads
 * exactly what the finding found, so a fix never writes over anything else.
 * Pure: text and findings in, text and the fixes applied out.
 */
import type { Finding } from '../types.js';
import { computeLineStarts } from '../markdown/index.js';

export interface Fixed {
  text: string;
  applied: Finding[];
}

export function applyFixes(source: string, findings: readonly Finding[]): Fixed {
  const starts = computeLineStarts(source);
  const offset = (line: number, column: number) => (starts[line - 1] ?? Infinity) + column - 1;
  const edits = findings
    .filter((f) => f.kind === 'contradiction' && f.suggestion !== undefined)
    .map((f) => ({ f, start: offset(f.line, f.column), end: offset(f.endLine, f.endColumn) }))
    .filter((e) => source.slice(e.start, e.end) === e.f.found)
    .sort((a, b) => a.start - b.start);
  const applied: Finding[] = [];
  let text = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    text += source.slice(at, edit.start) + edit.f.suggestion;
    at = edit.end;
    applied.push(edit.f);
  }
  return { text: text + source.slice(at), applied };
}
