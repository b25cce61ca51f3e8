import type { RunStats } from '../check-types.js';
import type { Finding, Severity } from '../types.js';
import { oneLine, padEnd, padStart, painter, plural, width, type Paint, type Style } from './terminal.js';

export interface TextOptions {
  /** ANSI colours; the CLI asks for them only when stdout is a terminal. */
  color?: boolean;
  /** What the run read: adds a line with the number of files and claims, so a run that read nothing shows it. */
  stats?: RunStats;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'blue' };

/**
 * The human report, in the shape eslint's "stylish" made familiar: the file,
 * then one aligned row per finding (`line:col  severity  message  attribute`,
 * and under a finding that has one, the suggested replacement), then a
 * one-line summary and what was read. Findings keep the order they come in,
 * grouped by file in order of first appearance.
 */
export function formatText(findings: readonly Finding[], options: TextOptions = {}): string {
  const paint = painter(options.color ?? false);
  const read = options.stats ? [`${plural(options.stats.files, 'file')} checked, ${plural(options.stats.claims, 'claim')} read.`] : [];
  if (findings.length === 0) return [paint('No contradictions found.', 'green'), ...read, ''].join('\n');

  const out: string[] = [];
  for (const [file, group] of groupByFile(findings)) {
    out.push(paint(oneLine(file), 'underline'), ...rows(group, paint), '');
  }
  out.push(summary(findings, paint), ...read);
  return `${out.join('\n')}\n`;
}

/** Rows of one file, aligned among themselves as eslint aligns each file's table. */
function rows(group: readonly Finding[], paint: Paint): string[] {
  const lineWidth = Math.max(...group.map((f) => String(f.line).length));
  const columnWidth = Math.max(...group.map((f) => String(f.column).length));
  const severityWidth = Math.max(...group.map((f) => f.severity.length));
  const messageWidth = Math.max(...group.map((f) => width(oneLine(f.message))));
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  return group.flatMap((f) => {
    const position = `${padStart(String(f.line), lineWidth)}:${padEnd(String(f.column), columnWidth)}`;
    const severity = paint(padEnd(f.severity, severityWidth), SEVERITY_STYLE[f.severity]);
    const message = padEnd(oneLine(f.message), messageWidth);
    const row = `  ${position}  ${severity}  ${message}  ${paint(oneLine(f.ruleId ?? f.attribute), 'dim')}`;
    return f.suggestion === undefined ? [row] : [row, `${indent}${paint(`suggestion: ${oneLine(f.suggestion)}`, 'green')}`];
  });
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

function summary(findings: readonly Finding[], paint: Paint): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const notices = count('notice');
  const parts = [plural(errors, 'error'), plural(count('warning'), 'warning')];
  if (notices > 0) parts.push(plural(notices, 'notice'));
  const fixable = findings.filter((f) => f.suggestion !== undefined).length;
  const fix = fixable > 0 ? `; ${fixable} fixable with --fix` : '';
  const line = `\u2716 ${plural(findings.length, 'problem')} (${parts.join(', ')})${fix}`;
  return paint(line, errors > 0 ? 'red' : 'yellow', 'bold');
}
