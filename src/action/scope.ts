import type { Finding } from '../types.js';
import type { ChangeSet } from './change-set.js';
import type { Scope } from './inputs.js';

/**
 * Keeps the findings the run is about. `added-lines`: on a line the change
 * added, so that a pull request answers for its own words only;
 * `changed-files`: anywhere in a file it touched; `all`: everything. When no
 * changed lines are known (a scheduled run), every finding is kept.
 * `toRepoPath` turns a finding's path (relative to the workspace) into the
 * repository path the change set uses.
 */
export function filterByScope(
  findings: readonly Finding[],
  changes: ChangeSet,
  scope: Scope,
  toRepoPath: (file: string) => string,
): Finding[] {
  if (scope === 'all' || changes.kind === 'all') return [...findings];
  return findings.filter((finding) => {
    const file = changes.files.get(toRepoPath(finding.file));
    if (!file || file.status === 'removed') return false;
    if (scope === 'changed-files' || !file.lines) return true;
    for (let line = finding.line; line <= Math.max(finding.line, finding.endLine); line++) {
      if (file.lines.added.has(line)) return true;
    }
    return false;
  });
}

/** True when a finding sits where a pull request review comment may stand (a line of the diff). */
export function onDiffLine(finding: Finding, changes: ChangeSet, toRepoPath: (file: string) => string): boolean {
  if (changes.kind === 'all') return false;
  const file = changes.files.get(toRepoPath(finding.file));
  return !!file?.lines?.visible.has(finding.endLine || finding.line);
}
