/**
 * GFM tables, tried only where one can start. The table extension is
 * registered for every character a block can start with, so micromark reads
 * the whole first line of every paragraph, list item and quote as a
 * possible header row, word by word, before giving up at the line's end: on
 * prose, that is as much work again as the rest of the parse. A table's
 * header row or the delimiter row under it always holds a `|`, or a `:`
 * against a `-` (`:--`, `--:`); a block that starts on a line with neither,
 * above a line with neither, cannot be a table, and the attempt there is
 * skipped. A row that goes on with a table already open is tried as before.
 * A skipped attempt is one that fails, and micromark rolls a failed attempt
 * back, so the tree is the same.
 */
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, TokenizeContext, Tokenizer } from 'micromark-util-types';

const TABLE = gfmTable().flow?.null as Construct;

const PIPE = 124;
const COLON = 58;
const DASH = 45;

/** The table extension for `text`, which tries a table only at the lines that can hold its first two rows. */
export function gfmTableWhereRowsCanBe(text: string): Extension {
  const marked = tableMarkLines(text);
  const tokenize: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
    const self = this;
    return (code) => {
      const line = self.now().line;
      if (marked[line] !== 1 && marked[line + 1] !== 1 && !followsTableRow(self)) return nok(code);
      return TABLE.tokenize.call(self, effects, ok, nok)(code);
    };
  };
  return { flow: { null: { name: TABLE.name, tokenize, resolveAll: TABLE.resolveAll } } };
}

/**
 * `1` at each line (numbered from 1, with CommonMark's line endings, as
 * micromark numbers them) that holds a `|`, `:-` or `-:`.
 */
export function tableMarkLines(text: string): Uint8Array {
  const lines: number[] = [];
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      line++;
    } else if (c === PIPE || (c === COLON && (text.charCodeAt(i - 1) === DASH || text.charCodeAt(i + 1) === DASH))) {
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  const marked = new Uint8Array(line + 2);
  for (const at of lines) marked[at] = 1;
  return marked;
}

/** Whether the block starts right after a table's header or row, where GFM reads any line as one more row (as the table extension itself checks). */
function followsTableRow(self: TokenizeContext): boolean {
  let index = self.events.length - 1;
  while (index > -1 && (self.events[index][1].type === 'lineEnding' || self.events[index][1].type === 'linePrefix')) index--;
  const tail = index > -1 ? self.events[index][1].type : null;
  return tail === 'tableHead' || tail === 'tableRow';
}
