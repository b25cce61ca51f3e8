/** A contradiction verdict -> the JSON finding of contract section 3, positioned in the Markdown source. */
import type { Finding, Verdict } from '../types.js';
import { docsUrl } from './docs-url.js';

export type PositionAt = (offset: number) => { line: number; column: number };

export function toFinding(verdict: Verdict, file: string, positionAt: PositionAt): Finding {
  const { claim, statement } = verdict;
  const start = positionAt(claim.start);
  const end = positionAt(claim.end);
  const found = claim.value.raw;
  const finding: Finding = {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    attribute: claim.attribute,
    entity: claim.entity ?? '',
    severity: verdict.severity ?? 'error',
    found,
    expected: verdict.expected ?? '',
    message: verdict.reason,
    factSource: statement ? `${statement.declaredAt.file}:${statement.declaredAt.line}` : '',
    ruleId: claim.attribute,
    kind: 'contradiction',
    url: docsUrl('contradiction', claim.attribute),
  };
  if (verdict.suggestion !== undefined) finding.suggestion = verdict.suggestion;
  if (statement) {
    finding.factFile = statement.declaredAt.file;
    finding.factLine = statement.declaredAt.line;
    finding.factColumn = statement.declaredAt.column;
  }
  return finding;
}

/** Stable order (file, line, column, attribute) and no two findings for the same figure and attribute. */
export function sortFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.attribute.localeCompare(b.attribute))
    .filter((f) => {
      const key = `${f.file}:${f.line}:${f.column}:${f.attribute}:${f.entity}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
