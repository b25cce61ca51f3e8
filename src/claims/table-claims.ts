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
import { unitWords, writesOwnUnit } from './table-units.js';
import { labelSentence } from './table-sentence.js';

export interface TableContext {
  aliases: AliasIndex;
  articleDate?: string;
  /** The article's language, for the unit words written after a bare figure; English when unknown. */
  lang?: Lang;
  /** The article's title, else its first heading. */
  title?: string;
  /** Reads the claims of one sentence, as the article's prose at index `at` is read; `owner` stands for its subject when it has none. */
  read(sentence: Sentence, at: number, owner?: string): Claim[];
}

/** A header that lists companies: its cells are owners, and one the facts do not know owns what it heads. */
const ENTITY_KINDS = new Set(['entreprise', 'entreprises', 'societe', 'societes', 'groupe', 'groupes', 'company', 'companies', 'firm', 'firms', 'nom', 'name', 'acteur', 'acteurs', 'concurrent', 'concurrents', 'competitor', 'competitors', 'startup', 'start-up', 'start-ups', 'startups', 'marque', 'brand', 'employeur', 'employer', 'licorne', 'licornes', 'unicorn', 'unicorns', 'emetteur', 'issuer']);
/** A row or column that stands for the whole company, not a part of it. */
const WHOLE = new Set(['total', 'groupe', 'group', 'ensemble', 'consolide', 'consolidated', 'total groupe', 'group total', 'societe', 'company']);
/** Column headers over values of the labels in the first column: "| Indicateur | Valeur |". */
const VALUE_WORDS = new Set(['valeur', 'valeurs', 'value', 'values', 'montant', 'amount', 'chiffre', 'chiffres', 'donnee', 'donnees', 'data', 'figure', 'figures', 'detail', 'details', 'reponse', 'information', 'informations']);

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

/** A column or a row as a whole: its headers, and whether they name companies. */
interface Axis {
  heads: HeaderCell[];
  entities: boolean;
}

function readTable(sentences: Sentence[], from: number, to: number, ctx: TableContext, owner: string | undefined, out: Map<number, Claim[]>): void {
  const header = sentences[from].table!;
  // A table cut off from its header row (a chunk boundary) has nothing to read its cells by.
  if (header.row !== 0 || header.cells.length < 2) return;
  const columns = header.cells.map((cell) => readHeader(cell, ctx.articleDate));
  const corner = columns[0];
  const rows = sentences.slice(from + 1, to).map((s) => readHeader(s.table!.cells[0], ctx.articleDate));
  const columnAxis: Axis = { heads: columns, entities: columns.slice(1).some((h) => wholeAlias(h.cell, ctx.aliases) !== undefined) };
  const rowAxis: Axis = { heads: rows, entities: isEntityKind(corner.cell.text) || rows.some((h) => wholeAlias(h.cell, ctx.aliases) !== undefined) };
  rows.forEach((rowHead, k) => {
    const sentence = sentences[from + 1 + k];
    const cells = sentence.table!.cells;
    const claims: Claim[] = [];
    for (let c = 1; c < cells.length; c++) {
      if (!/[\p{L}\p{N}]/u.test(cells[c].text)) continue;
      const read = readCell(cells[c], columns[c], rowHead, sentence, (s) => ctx.read(s, from + 1 + k, owner), ctx.lang);
      if (!read) continue;
      const other = read.byColumn ? { head: rowHead, axis: rowAxis, corner } : { head: columns[c], axis: columnAxis, corner };
      for (const claim of read.claims) claims.push(placed(claim, read.label, other, read.byColumn, ctx));
    }
    if (claims.length > 0) out.set(from + 1 + k, claims);
  });
}

/** The claims of one cell, read with its column's label, else its row's. */
function readCell(value: CellText, column: HeaderCell, row: HeaderCell, sentence: Sentence, read: (sentence: Sentence) => Claim[], lang: Lang | undefined) {
  for (const [label, byColumn] of [[column, true], [row, false]] as const) {
    if (!hasLabel(label)) continue;
    const unit = label.unit && !writesOwnUnit(value.text) ? unitWords(label.unit, lang ?? 'en') : undefined;
    for (const labelFirst of [true, false]) {
      const built = labelSentence(label.label, value, unit, sentence, labelFirst);
      const claims = read(built.sentence)
        .filter((claim) => built.inValue(claim.start) && labelNames(label.label.text, claim.matchedText, labelFirst))
        .map((claim) => (unit ? built.asWritten(claim) : claim));
      if (claims.length > 0) return { claims, label, byColumn };
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

/** The claim with the owner and time the cell's other header gives it. */
function placed(claim: Claim, label: HeaderCell, other: { head: HeaderCell; axis: Axis; corner: HeaderCell }, byColumn: boolean, ctx: TableContext): Claim {
  const { head, axis, corner } = other;
  const where = `table: "${label.cell.text}" ${byColumn ? 'column' : 'row'}${head.cell.text ? `, ${byColumn ? 'row' : 'column'} "${head.cell.text}"` : ''}`;
  const time = claim.time.source === 'sentence' ? claim.time : label.period ?? periodOf(head, corner, ctx.articleDate) ?? claim.time;
  const evidence = [where, ...(claim.evidence ?? []).filter((e) => !e.startsWith('time:')), `time: ${time.text ?? time.source}`];
  const base = { ...claim, time, evidence };
  const text = head.cell.text.trim();
  if (!text || head.period) return base;
  const known = wholeAlias(head.cell, ctx.aliases);
  if (known) return { ...base, entity: known, entityReason: `the table names it in its ${byColumn ? 'row' : 'column'} "${text}"` };
  const folded = foldText(text).toLowerCase();
  if (WHOLE.has(folded) || (!byColumn && !axis.entities && VALUE_WORDS.has(folded))) return base;
  const why = axis.entities ? `the table gives it to "${text}", a name the facts do not know` : `the table gives it to "${text}", a part or another owner, not the whole`;
  return { ...base, entity: null, entityReason: why, evidence: [...evidence, `owner: (none), ${why}`] };
}

/** The period a row's or column's head names; a bare year under a corner such as "First half" or "Six months to 31 March" takes its kind. */
function periodOf(head: HeaderCell, corner: HeaderCell, articleDate: string | undefined): ClaimTime | undefined {
  if (!head.period) return undefined;
  if (!/^\d{4}$/.test(head.cell.text.trim())) return head.period;
  const both = periodOfHeader(`${corner.cell.text} ${head.cell.text}`, articleDate);
  return both && (both.periodKind === 'quarter' || both.periodKind === 'half' || both.periodEnd) ? both : head.period;
}

/** The entity a cell names as a whole ("Acme", "Acme SA"), or undefined. */
function wholeAlias(cell: CellText, aliases: AliasIndex): string | undefined {
  const folded = foldText(cell.text.trim());
  return aliases.find(folded).find((hit) => hit.start === 0 && hit.end === folded.length)?.entity;
}

function isEntityKind(text: string): boolean {
  return ENTITY_KINDS.has(foldText(text.trim()).toLowerCase());
}

/** A sentence's claims: those read from its cells or labels, and those of its prose that read another figure. */
export function withTableClaims(prose: Claim[], table: Claim[]): Claim[] {
  if (table.length === 0) return prose;
  const other = prose.filter((p) => !table.some((t) => p.start < t.end && t.start < p.end));
  return [...other, ...table].sort((a, b) => a.start - b.start);
}
