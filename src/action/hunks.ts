/** Line numbers, on the new side of one file's diff. */
export interface FileLines {
  /** Lines the change added (or rewrote). */
  added: Set<number>;
  /** Lines shown in the diff, added or context: where a review comment may stand. */
  visible: Set<number>;
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads the added and visible new-side lines of a unified diff: a pull-files
 * `patch` (hunks only) or one file's section of `git diff` (headers first).
 *
 * A small reader of our own rather than parse-diff: it walks each hunk by the
 * counts its header declares, so a content line such as `+++ x` or `--- y`
 * can never be taken for a file header, and it needs no per-file wrapper.
 * Both give the same lines on ordinary patches (see the tests).
 */
export function readHunks(patch: string): FileLines {
  const added = new Set<number>();
  const visible = new Set<number>();
  let oldLeft = 0;
  let newLeft = 0;
  let line = 0;
  for (const text of patch.split('\n')) {
    if (oldLeft <= 0 && newLeft <= 0) {
      const header = HUNK.exec(text);
      if (header) {
        oldLeft = header[1] === undefined ? 1 : Number(header[1]);
        line = Number(header[2]);
        newLeft = header[3] === undefined ? 1 : Number(header[3]);
      }
      continue;
    }
    const mark = text[0];
    if (mark === '+') {
      added.add(line);
      visible.add(line);
      line++;
      newLeft--;
    } else if (mark === '-') {
      oldLeft--;
    } else if (mark === ' ' || text === '') {
      visible.add(line);
      line++;
      oldLeft--;
      newLeft--;
    }
    // "\ No newline at end of file" counts for neither side.
  }
  return { added, visible };
}
