/**
 * A table row read as one sentence, so a claim can pair a label with its
 * value: `| Founded | 1999 |` reads `Founded: 1999`, and in a wider table
 * each cell is read with its column's header, `Employees: 2,200; Year:
 * 2019`. Header words keep the header's offsets; separators take the
 * offset of the cell that follows them. Each row also hands back its cells,
 * so that a table can be read by its header and first column as well.
 */
import type { Table, TableCell } from 'mdast';
import { appendInline, type SourceMap } from './inline-prose.js';
import { type ProseBuilder, type ProseText, SPACE } from './prose-builder.js';

interface Cell extends ProseText {
  /** Offset of the cell's first character, or of the cell when it is empty. */
  at: number;
}

/** A row's cells as read, one per header column, and which row of which table it is. */
export interface RowCells {
  /** Article offset of the table (of its header row). */
  at: number;
  row: number;
  cells: ProseText[];
}

/** Emits one text per row; `emitRow(i)` says whether row i is the chunk's to emit. */
export function readTable(
  table: Table,
  map: SourceMap,
  out: ProseBuilder,
  emitRow: (index: number) => boolean,
  emit: (text: ProseText, start: number, end: number, cells: RowCells) => void,
): void {
  const rows = table.children;
  if (rows.length === 0) return;
  const at = map.at(rows[0].position?.start.offset ?? 0);
  const header = rows[0].children.map((cell) => readCell(cell, map, out));
  const wide = header.length > 2;
  rows.forEach((row, r) => {
    const pos = row.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined || !emitRow(r)) return;
    // Cells past the header's are not shown (GFM ignores them), so they are not read either.
    const cells = r === 0 ? header : row.children.slice(0, header.length).map((cell) => readCell(cell, map, out));
    const own = header.map((_, c) => cells[c] ?? { text: '', offsets: new Int32Array(0), at: 0 });
    const filled = cells.map((cell, c) => ({ cell, c })).filter(({ cell }) => cell.text.length > 0);
    filled.forEach(({ cell, c }, k) => {
      if (k > 0) separator(out, wide ? ';' : ':', cell.at);
      const label = header[c];
      if (wide && r > 0 && label && label.text.length > 0) {
        out.append(label);
        separator(out, ':', cell.at);
      }
      out.append(cell);
    });
    emit(out.take(), map.at(pos.start.offset), map.at(pos.end.offset), { at, row: r, cells: own.map(({ text, offsets }) => ({ text, offsets })) });
  });
}

function separator(out: ProseBuilder, mark: string, at: number): void {
  out.push(mark.charCodeAt(0), at);
  out.push(SPACE, at);
}

function readCell(cell: TableCell, map: SourceMap, out: ProseBuilder): Cell {
  const start = cell.position?.start.offset;
  appendInline(cell.children, map, out);
  const { text, offsets } = out.take();
  let from = 0;
  let to = text.length;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return {
    text: text.slice(from, to),
    offsets: offsets.subarray(from, to),
    at: from < to ? offsets[from] : start === undefined ? 0 : map.at(start),
  };
}
