import type { ArticleReport } from '../check-types.js';
import { docsUrl } from '../findings/docs-url.js';
import type { UsedSuppression } from '../findings/suppressions.js';
import type { Finding } from '../types.js';
import type { ChangedFile, ChangeSet } from './change-set.js';

/** The `attribute` of the finding that shows a suppression a change adds. */
export const NEW_SUPPRESSION = 'new-suppression';

export interface NewSuppressions {
  /** One per suppression the change adds: a notice, or an error when they are not allowed. */
  findings: Finding[];
  /** "This pull request adds 1 suppression that silences 2 findings.", when it adds any. */
  note?: string;
}

export interface NewSuppressionOptions {
  /** False (input `allow-new-suppressions`): each one is an error, so that the step fails by `fail-on`. */
  allow: boolean;
  /** "this pull request" or "this push", for the sentence. */
  change: string;
}

/**
 * A `factlint-disable` comment is invisible in the rendered diff, so a
 * change could hide its own contradictions with one. Every suppression
 * comment on a line the change adds that silences findings is shown: as a
 * finding on the comment that names what it silences, and as one sentence
 * for the summary and the check run. With no known changed lines (a
 * scheduled run) nothing is new.
 */
export function newSuppressions(
  articles: readonly ArticleReport[],
  changes: ChangeSet,
  toRepoPath: (file: string) => string,
  options: NewSuppressionOptions,
): NewSuppressions {
  if (changes.kind === 'all') return { findings: [] };
  const findings: Finding[] = [];
  let silenced = 0;
  for (const article of articles) {
    const changed = changes.files.get(toRepoPath(article.file));
    if (!changed || changed.status === 'removed') continue;
    for (const suppression of article.suppressions ?? []) {
      if (!addedBy(changed, suppression)) continue;
      silenced += suppression.silenced.length;
      findings.push(toFinding(article.file, suppression, options.allow));
    }
  }
  if (findings.length === 0) return { findings };
  const n = findings.length;
  const change = options.change.charAt(0).toUpperCase() + options.change.slice(1);
  const why = options.allow ? '' : ', and allow-new-suppressions is false';
  const note = `${change} adds ${n} suppression${n === 1 ? '' : 's'} that silence${n === 1 ? 's' : ''} ${count(silenced, 'finding')}${why}.`;
  return { findings, note };
}

/** True when the change adds a line of the comment (every line, when its patch is unknown). */
function addedBy(file: ChangedFile, s: UsedSuppression): boolean {
  if (!file.lines) return true;
  for (let line = s.line; line <= s.endLine; line++) if (file.lines.added.has(line)) return true;
  return false;
}

function toFinding(file: string, s: UsedSuppression, allow: boolean): Finding {
  const what = s.silenced.map((f) => `${f.attribute}${f.entity ? ` of ${f.entity}` : ''} on line ${f.line} (found ${f.found}, expected ${f.expected})`);
  return {
    file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
    attribute: NEW_SUPPRESSION,
    ruleId: NEW_SUPPRESSION,
    kind: 'new-suppression',
    url: docsUrl('new-suppression', NEW_SUPPRESSION),
    entity: '',
    severity: allow ? 'notice' : 'error',
    found: s.text,
    expected: '',
    message: `This change adds a suppression that silences ${count(s.silenced.length, 'finding')}: ${what.join('; ')}`,
    factSource: '',
  };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
