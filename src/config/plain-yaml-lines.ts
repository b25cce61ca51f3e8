/**
 * The lines of a plain YAML text, read one at a time without copying:
 * blank and comment lines skipped, each line's indent and the offsets of
 * its content. A list item that opens a mapping (`- key: value`) is
 * re-entered as a line that starts at its key.
 */
export class PlainLines {
  /** Offset where the next unread line starts. */
  private cursor = 0;
  private loaded = false;
  indent = 0;
  /** Offset of the current line's first character that is not a space. */
  start = 0;
  /** Offset just past its last character that is not a space. */
  end = 0;
  private starts?: number[];

  constructor(private readonly text: string) {}

  /** Loads the next line with content, if any; idempotent until `advance`. */
  peek(): boolean {
    if (this.loaded) return true;
    const { text } = this;
    while (this.cursor < text.length) {
      const from = this.cursor;
      let newline = text.indexOf('\n', from);
      if (newline < 0) newline = text.length;
      this.cursor = newline + 1;
      let start = from;
      while (text.charCodeAt(start) === 32) start++;
      let end = newline;
      while (end > start && text.charCodeAt(end - 1) === 32) end--;
      if (start === end || text.charCodeAt(start) === 35) continue;
      this.indent = start - from;
      this.start = start;
      this.end = end;
      this.loaded = true;
      return true;
    }
    return false;
  }

  advance(): void {
    this.loaded = false;
  }

  /** Reads the rest of the current line, from `start`, as a line of its own indented to that column. */
  enter(start: number): void {
    this.indent += start - this.start;
    this.start = start;
  }

  isItem(): boolean {
    return this.text.charCodeAt(this.start) === 45 && (this.start + 1 === this.end || this.text.charCodeAt(this.start + 1) === 32);
  }

  lineAndColumn(offset: number): { line: number; column: number } {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
}
