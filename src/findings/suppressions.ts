/**
 * Suppressions written in an article (in any case):
 *
 *   <!-- factlint-disable-next-line [attribute ...] -->   the line after the comment
 *   <!-- factlint-disable-line [attribute ...] -->        the line the comment is on
 *   <!-- factlint-disable-file [attribute ...] -->        the whole article
 *   <!-- factlint-disable [attribute ...] -->             from here ...
 *   <!-- factlint-enable -->                              ... to here (or the end of the file)
 *
 * No attribute list means every attribute. A suppression that suppresses
 * nothing becomes a notice-level finding of its own, so that stale ones are
 * seen in every reporter and `--fail-on notice` can insist they go.
 */
import type { AuthorError, Finding } from '../types.js';
import { scanDirectives, type Directive } from './directives.js';
import type { PositionAt } from './to-finding.js';
import { docsUrl } from './docs-url.js';

export const UNUSED_SUPPRESSION = 'unused-suppression';

interface Suppression {
  directive: Directive;
  /** Findings at or after `from` and before `to` ((line, column) pairs) are suppressed. */
  from: [number, number];
  to: [number, number];
  used: boolean;
  silenced: Finding[];
}

/** A suppression comment that silenced findings, with them: so that a reviewer can be shown what a change hides. */
export interface UsedSuppression {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment as written. */
  text: string;
  silenced: Finding[];
}

export interface Suppressed {
  /** The findings left, followed by one notice per unused suppression. */
  findings: Finding[];
  problems: AuthorError[];
  /** Every suppression that silenced at least one finding, in the order written. */
  used: UsedSuppression[];
}

export function applySuppressions(file: string, source: string, findings: readonly Finding[], positionAt: PositionAt): Suppressed {
  const { directives, issues } = scanDirectives(source);
  const at = (offset: number): [number, number] => {
    const p = positionAt(offset);
    return [p.line, p.column];
  };
  const problems: AuthorError[] = issues.map((issue) => ({ file, ...positionAt(issue.start), level: 'warning', message: issue.message }));
  const suppressions: Suppression[] = [];
  let open: Suppression[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const line = at(d.end)[0] + 1;
      suppressions.push({ directive: d, from: [line, 0], to: [line + 1, 0], used: false, silenced: [] });
    } else if (d.kind === 'disable-line') {
      suppressions.push({ directive: d, from: [at(d.start)[0], 0], to: [at(d.end)[0] + 1, 0], used: false, silenced: [] });
    } else if (d.kind === 'disable-file') {
      suppressions.push({ directive: d, from: [0, 0], to: [Infinity, 0], used: false, silenced: [] });
    } else if (d.kind === 'disable') {
      const s: Suppression = { directive: d, from: at(d.end), to: [Infinity, 0], used: false, silenced: [] };
      suppressions.push(s);
      open.push(s);
    } else {
      if (open.length === 0) problems.push({ file, ...positionAt(d.start), level: 'warning', message: 'factlint-enable without a factlint-disable before it' });
      if (d.attributes.length > 0) {
        problems.push({ file, ...positionAt(d.start), level: 'warning', message: 'factlint-enable takes no attributes: it ends every open factlint-disable' });
      }
      for (const s of open) s.to = at(d.start);
      open = [];
    }
  }
  if (suppressions.length === 0) return { findings: [...findings], problems, used: [] };

  const kept = findings.filter((f) => {
    const matching = suppressions.filter((s) => covers(s, f));
    for (const s of matching) {
      s.used = true;
      s.silenced.push(f);
    }
    return matching.length === 0;
  });
  const unused = suppressions.filter((s) => !s.used).map((s) => unusedFinding(file, s.directive, positionAt));
  const used = suppressions.filter((s) => s.used).map((s) => usedSuppression(s, positionAt));
  return { findings: [...kept, ...unused], problems, used };
}

function covers(s: Suppression, f: Finding): boolean {
  const { attributes } = s.directive;
  if (attributes.length > 0 && !attributes.includes(f.attribute) && !attributes.includes(f.ruleId)) return false;
  return !before([f.line, f.column], s.from) && before([f.line, f.column], s.to);
}

function before(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function usedSuppression(s: Suppression, positionAt: PositionAt): UsedSuppression {
  const start = positionAt(s.directive.start);
  const end = positionAt(s.directive.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: s.directive.text, silenced: s.silenced };
}

function unusedFinding(file: string, d: Directive, positionAt: PositionAt): Finding {
  const start = positionAt(d.start);
  const end = positionAt(d.end);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    attribute: UNUSED_SUPPRESSION,
    entity: '',
    severity: 'notice',
    found: d.text,
    expected: '',
    message: 'This suppression suppresses nothing',
    factSource: '',
    ruleId: UNUSED_SUPPRESSION,
    kind: UNUSED_SUPPRESSION,
    url: docsUrl(UNUSED_SUPPRESSION, UNUSED_SUPPRESSION),
  };
}
