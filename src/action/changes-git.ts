import type { Git } from './git.js';
import { type ChangeSet, type ChangedFile, normalizeStatus } from './change-set.js';
import { readHunks } from './hunks.js';

const DIFF = ['diff', '--no-ext-diff', '--no-textconv', '--no-color', '-M', '-U3'];

/** Parses `git diff --name-status -z`: status, path (and the new path of a rename or copy). */
export function readNameStatus(output: string): { status: string; path: string; previousPath?: string }[] {
  const parts = output.split('\0');
  const entries: { status: string; path: string; previousPath?: string }[] = [];
  for (let i = 0; i < parts.length && parts[i] !== ''; ) {
    const status = parts[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const previousPath = parts[i++]!;
      entries.push({ status, path: parts[i++]!, previousPath });
    } else {
      entries.push({ status, path: parts[i++]! });
    }
  }
  return entries;
}

/** Splits a multi-file `git diff` into its per-file sections, in order. */
export function splitSections(diff: string): string[] {
  return diff === '' ? [] : diff.split(/^(?=diff --git )/m).filter((part) => part.startsWith('diff --git '));
}

/**
 * The files and lines changed between two commits of the local history.
 * Both listings come from one diff machinery with the same options, so the
 * n-th section is the n-th file; if they ever disagree, every file counts
 * as wholly changed rather than being misread.
 */
export function changesFromGit(git: Git, from: string, to: string): ChangeSet {
  const range = to === '' ? [from] : [from, to];
  const listed = readNameStatus(git.text([...DIFF, '--name-status', '-z', ...range]));
  const sections = splitSections(git.text([...DIFF, ...range]));
  const aligned = sections.length === listed.length;
  const files = new Map<string, ChangedFile>();
  listed.forEach((entry, index) => {
    const file: ChangedFile = { path: entry.path, status: normalizeStatus(entry.status) };
    if (entry.previousPath) file.previousPath = entry.previousPath;
    const section = sections[index];
    if (aligned && section !== undefined && !/^Binary files /m.test(section)) file.lines = readHunks(section);
    files.set(file.path, file);
  });
  return { kind: 'files', files, source: 'git' };
}
