import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readHunks } from '../../src/action/hunks.js';

const parseDiff = createRequire(import.meta.url)('parse-diff') as (d: string) => { chunks: { changes: { type: string; ln?: number; ln2?: number }[] }[] }[];

/**
 * parse-diff's added lines, to show both readers agree on ordinary patches.
 * As a set: parse-diff reports the "\\ No newline at end of file" marker as
 * one more change on the last line.
 */
function parseDiffAdded(patch: string): number[] {
  const lines = parseDiff(patch).flatMap((f) => f.chunks.flatMap((c) => c.changes.filter((x) => x.type === 'add').map((x) => x.ln!)));
  return [...new Set(lines)];
}

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('readHunks', () => {
  it('reads added and visible lines of a REST API patch', () => {
    const patch = '@@ -1,3 +1,4 @@\n intro\n-Acme was founded in 2001.\n+Acme was founded in 1999.\n+Acme employs 3,500 people.\n outro';
    const lines = readHunks(patch);
    expect(sorted(lines.added)).toEqual([2, 3]);
    expect(sorted(lines.visible)).toEqual([1, 2, 3, 4]);
    expect(sorted(lines.added)).toEqual(parseDiffAdded(patch));
  });

  it('follows several hunks and a new file', () => {
    const patch = '@@ -0,0 +1,2 @@\n+a\n+b';
    expect(sorted(readHunks(patch).added)).toEqual([1, 2]);
    const two = '@@ -2,2 +2,2 @@\n x\n-y\n+Y\n@@ -20 +20 @@\n-z\n+Z\n\\ No newline at end of file';
    expect(sorted(readHunks(two).added)).toEqual([3, 20]);
    expect(sorted(readHunks(two).added)).toEqual(parseDiffAdded(two));
  });

  it('counts content that looks like a header as content', () => {
    const patch = '@@ -1,2 +1,4 @@\n a\n+++ not a header\n+--- neither\n-b\n+c';
    expect(sorted(readHunks(patch).added)).toEqual([2, 3, 4]);
  });

  it('skips the headers of a git diff section', () => {
    const section = 'diff --git a/x.md b/x.md\nindex 1..2 100644\n--- a/x.md\n+++ b/x.md\n@@ -1 +1 @@\n-old\n+new\n';
    expect(sorted(readHunks(section).added)).toEqual([1]);
  });
});
