/**
 * Reads a Markdown table as claims, cell by cell: a header cell or a
 * first-column cell that names an attribute by a rule's own label
 * ("Sales (€bn)", "Chiffre d'affaires", "Effectifs", "Dirigeant", "Siège")
 * is read with the cell as "label : value", so every rule, the user's
 * included, reads tables as it reads a profile's label list. The other
 * header of the cell then says whose figure it is or when: a period
 * ("2023", "FY2021", "First half" over "2023") dates it; a company the
 * facts know owns it; another company, or a part ("France", "Cloud"), owns
 * it instead, and it is not judged.
 */
import type { Claim, ClaimTime, Lang, Sentence } from '../types.js';
import type { AliasIndex } from '../entities/alias-index.js';
import { foldText } from '../text/fold.js';
import { hasLabel, periodOfHeader, readHeader, type CellText, type HeaderCell } from './table-headers.js';
import { isEntityKind, ownerOf, wholeAlias, type Axis, type Head } from './table-owner.js';
import { unitWords, writesOwnUnit } from './table-units.js';
import { labelFirstText, labelSentence } from './table-sentence.js';

export interface TableContext {
  aliases: AliasIndex;
  articleDate?: string;
  /** The article's language, for the unit words written after a bare figure; English when unknown. */
  lang?: Lang;
  /** The article's title, else its first heading. */
  title?: string;
  /** Reads the claims of one sentence, as the article's prose at index `at` is read; `owner` stands for its subject when it has none. */
  read(sentence: Sentence, at: number, owner?: string): Claim[];
  /** False when no claim can be read in a sentence of this text (the rules' guard refuses it): `read` would read none. */
  mayHoldClaim(text: string): boolean;
}

/** The claims each table row's cells hold, by the index of the row's sentence in `sentences`. */
export function tableClaims(sentences: Sentence[], ctx: TableContext): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  // "Acme's sales rise on first Cyclon contribution": the results in its tables are Acme's.
  const owner = ctx.title ? ctx.aliases.find(foldText(ctx.title))[0]?.entity : undefined;
  for (let i = 0; i < sentences.length; ) {
    const at = sentences[i].table?.at;
    let j = i;
    while (j < sentences.length && at !== undefined && sentences[j].table?.at === at) j++;
    if (j > i) readTable(sentences, i, j, ctx, owner, out);
    i = Math.max(j, i + 1);
  }
  return out;
}

function readTable(sentences: Sentence[], from: number, to: number, ctx: TableContext, owner: string | undefined, out: Map<number, Claim[]>): void {
  const header = sentences[from].table!;
  // A table cut off from its header row (a chunk boundary) has nothing to read its cells by.
  if (header.row !== 0 || header.cells.length < 2) return;
  const columns = header.cells.map((cell) => readHeader(cell, ctx.articleDate));
  const corner = columns[0];
  const readAt = (at: number) => (s: Sentence) => ctx.read(s, at, owner);
  // "| Founded | 1994 |" over "| CEO | Jane Roe |": a key-value table whose header row is a pair too, and dates nothing.
  if (columns.length === 2 && readCell(header.cells[1], [[corner, 'row']], sentences[from], readAt(from), ctx)) columns[1] = readHeader({ text: '', offsets: [] }, undefined);
  const rows = sentences.slice(from + 1, to).map((s) => readHeader(s.table!.cells[0], ctx.articleDate));
  const columnAxis: Axis = { heads: columns, entities: columns.slice(1).some((h) => wholeAlias(h.cell, ctx.aliases) !== undefined) };
  const rowAxis: Axis = { heads: rows, entities: isEntityKind(corner.cell.text) || rows.some((h) => wholeAlias(h.cell, ctx.aliases) !== undefined) };
  rows.forEach((rowHead, k) => {
    const sentence = sentences[from + 1 + k];
    const cells = sentence.table!.cells;
    const claims: Claim[] = [];
    for (let c = 1; c < cells.length; c++) {
      if (!/[\p{L}\p{N}]/u.test(cells[c].text)) continue;
      // The corner names the attribute of a table whose columns are periods and rows companies: "| Revenue (€m) | 2024 | 2023 |".
      const labels: [HeaderCell, By][] = [[columns[c], 'column'], [rowHead, 'row'], [corner, 'corner']];
      const read = readCell(cells[c], labels, sentence, readAt(from + 1 + k), ctx);
      if (!read) continue;
      const row: Head = { head: rowHead, axis: rowAxis, name: 'row' };
      const column: Head = { head: columns[c], axis: columnAxis, name: 'column' };
      const others = read.by === 'column' ? [row] : read.by === 'row' ? [column] : [column, row];
      for (const claim of read.claims) claims.push(placed(claim, read.label, read.by, others, corner, ctx));
    }
    if (claims.length > 0) out.set(from + 1 + k, claims);
  });
}

type By = 'column' | 'row' | 'corner';

/**
 * The claims of one cell, read with the first of `labels` that a rule reads
 * it by. Most labels and cells hold no word of any rule ("Market share",
 * "12.4%"), and the guard tells so from the label-first text alone: the
 * figure-first text writes the same words, each between spaces or at an
 * end, so the guard, which reads whole words, admits both or neither.
 */
function readCell(value: CellText, labels: [HeaderCell, By][], sentence: Sentence, read: (sentence: Sentence) => Claim[], ctx: TableContext) {
  for (const [label, by] of labels) {
    if (!hasLabel(label)) continue;
    const unit = label.unit && !writesOwnUnit(value.text) ? unitWords(label.unit, ctx.lang ?? 'en') : undefined;
    if (!ctx.mayHoldClaim(labelFirstText(label.label.text, value.text, unit))) continue;
    for (const labelFirst of [true, false]) {
      const built = labelSentence(label.label, value, unit, sentence, labelFirst);
      const claims = read(built.sentence)
        .filter((claim) => built.inValue(claim.start) && labelNames(label.label.text, claim.matchedText, labelFirst))
        .map((claim) => (unit ? built.asWritten(claim) : claim));
      if (claims.length > 0) return { claims, label, by };
    }
  }
  return undefined;
}

/** Words a label may put before the words a rule reads: "Net revenue", "Total headcount", "Number of employees". */
const MODIFIERS = new Set(['net', 'total', 'totaux', 'group', 'groupe', 'du', 'de', 'd', 'consolidated', 'consolide', 'annual', 'annuel', 'reported', 'publie', 'fullyear', 'yearly', 'global', 'worldwide', 'mondial', 'overall', 'number', 'of', 'nombre']);

/**
 * True when the rule read the label as a whole: every word before the
 * pattern's is a modifier ("Net revenue"), and, figure first, the pattern
 * ends with the label. "Cloud revenue", "Revenue growth" and "Revenue per
 * employee" name another figure than revenue.
 */
function labelNames(label: string, matched: string, labelFirst: boolean): boolean {
  const words = label.split(/\s+/).map(squeeze).filter(Boolean);
  const match = squeeze(matched);
  if (!labelFirst) return match.endsWith(words.join(''));
  for (let k = 0; k < words.length; k++) {
    if (match.startsWith(words.slice(k).join(''))) return words.slice(0, k).every((w) => MODIFIERS.has(w));
  }
  return false;
}

function squeeze(text: string): string {
  return foldText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The claim with the time and the owner the cell's other headers give it. */
function placed(claim: Claim, label: HeaderCell, by: By, others: Head[], corner: HeaderCell, ctx: TableContext): Claim {
  const named = others.filter((o) => o.head.cell.text.trim()).map((o) => `${o.name} "${o.head.cell.text.trim()}"`);
  const where = `table: "${label.cell.text}" ${by}${named.length ? `, ${named.join(', ')}` : ''}`;
  const period = others.map((o) => periodOf(o.head, corner, ctx.articleDate)).find(Boolean);
  const time = claim.time.source === 'sentence' ? claim.time : label.period ?? period ?? claim.time;
  const evidence = [where, ...(claim.evidence ?? []).filter((e) => !e.startsWith('time:')), `time: ${time.text ?? time.source}`];
  let placedClaim: Claim = { ...claim, time, evidence };
  for (const other of others) {
    const owner = ownerOf(other, ctx.aliases);
    if (owner === undefined) continue;
    const kept = evidence.filter((e) => !e.startsWith('owner:'));
    placedClaim = { ...placedClaim, entity: owner.entity, entityReason: owner.reason, evidence: [...kept, `owner: ${owner.entity ?? '(none)'}, ${owner.reason}`] };
    break;
  }
  return placedClaim;
}

/** The period a row's or column's head names; a bare year under a corner such as "First half" or "Six months to 31 March" takes its kind. */
function periodOf(head: HeaderCell, corner: HeaderCell, articleDate: string | undefined): ClaimTime | undefined {
  if (!head.period) return undefined;
  if (!/^\d{4}$/.test(head.cell.text.trim())) return head.period;
  const both = periodOfHeader(`${corner.cell.text} ${head.cell.text}`, articleDate);
  return both && (both.periodKind === 'quarter' || both.periodKind === 'half' || both.periodEnd) ? both : head.period;
}

/**
 * A sentence's claims: those read from its cells or labels, and those of
 * its prose that read another figure. In a table of three columns or more,
 * the first cell of a row heads it ("2024", "Acme"), so the prose reading
 * "Employees: 2024" of its corner and its cell is no claim.
 */
export function withTableClaims(prose: Claim[], table: Claim[], sentence: Sentence): Claim[] {
  const row = sentence.table;
  const head = row && row.row > 0 && row.cells.length > 2 && row.cells[0].offsets.length > 0 ? row.cells[0].offsets : undefined;
  const inHead = (c: Claim) => head !== undefined && c.start >= head[0] && c.start <= head[head.length - 1];
  if (table.length === 0 && !head) return prose;
  const other = prose.filter((p) => !inHead(p) && !table.some((t) => p.start < t.end && t.start < p.end));
  return [...other, ...table].sort((a, b) => a.start - b.start);
}
