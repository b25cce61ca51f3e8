import type { FileLines } from './hunks.js';

/** One file the change touched, by its path at the head, relative to the repository's top. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'removed' | 'other';
  previousPath?: string;
  /** Undefined when no patch is known (too large, binary): every line counts as changed. */
  lines?: FileLines;
}

/** What the run looks at: the lines a change touched, or every article. */
export type ChangeSet =
  | { kind: 'files'; files: Map<string, ChangedFile>; source: 'api' | 'git' }
  | { kind: 'all'; reason: string };

const STATUS: Record<string, ChangedFile['status']> = {
  added: 'added',
  copied: 'added',
  modified: 'modified',
  changed: 'modified',
  renamed: 'renamed',
  removed: 'removed',
  A: 'added',
  C: 'added',
  M: 'modified',
  T: 'modified',
  R: 'renamed',
  D: 'removed',
};

/** The status words of the REST API and the letters of `git diff --name-status` (R100 ...), as one vocabulary. */
export function normalizeStatus(status: string): ChangedFile['status'] {
  return STATUS[status] ?? STATUS[status[0] ?? ''] ?? 'other';
}
