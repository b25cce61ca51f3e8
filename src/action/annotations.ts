import type { Finding, Severity } from '../types.js';
import { oneLine } from '../reporters/terminal.js';

/** One annotation of the Checks API, as GitHub takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

/** The Checks API stops reading a field past these lengths; longer text is cut rather than refused. */
const MAX_MESSAGE = 64 * 1024 - 1;
const MAX_TITLE = 255;

/**
 * Text from an article, made inert for any place GitHub may render it: one
 * line, no control characters, and `@` followed by a zero-width joiner so
 * that `@org/team` notifies nobody.
 */
export function inert(text: string, max = MAX_MESSAGE): string {
  const clean = oneLine(text).replace(/@/g, '@\u200d');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * A finding as a check-run annotation. Columns go only on one-line findings,
 * as the API requires; `raw_details` carries what a reviewer needs to fix it.
 */
export function toAnnotation(finding: Finding, path: string): CheckAnnotation {
  const endLine = Math.max(finding.line, finding.endLine);
  const annotation: CheckAnnotation = {
    path,
    start_line: finding.line,
    end_line: endLine,
    annotation_level: LEVEL[finding.severity],
    title: inert(`factlint: ${finding.attribute} of ${finding.entity}`, MAX_TITLE),
    message: inert(finding.message),
    raw_details: [`Found: ${inert(finding.found, 1000)}`, `Expected: ${inert(finding.expected, 1000)}`, `Fact source: ${inert(finding.factSource, 1000)}`].join('\n'),
  };
  if (endLine === finding.line) {
    annotation.start_column = finding.column;
    annotation.end_column = Math.max(finding.column, finding.endColumn);
  }
  return annotation;
}

/** Splits into the batches of at most `size` (50: the Checks API's limit per request). */
export function batches<T>(items: readonly T[], size = 50): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
