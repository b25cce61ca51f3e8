/**
 * What a table's header cell or first-column cell says: the words that may
 * name an attribute ("Net revenue", "Salariés"), the unit the figures under
 * it are counted in ("(€m)", "en milliards d'euros"), and the period it
 * dates them by ("2023", "FY2021", "Chiffre d'affaires 2024", "H1 2024").
 * A parenthesis that is neither a unit nor a period ("(fin d'année)",
 * "(hors acquisitions)") qualifies the label and is left out of it.
 */
import type { ClaimTime } from '../types.js';
import type { ProseText } from '../markdown/prose-builder.js';
import { foldText } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { periodNamed, periodOfMentions } from './heading-period.js';
import { timeMentions } from './time.js';
import { readHeaderUnit, type HeaderUnit } from './table-units.js';

export interface CellText {
  text: string;
  offsets: Int32Array | number[];
}

export interface HeaderCell {
  /** The cell as written. */
  cell: CellText;
  /** The label's words, unit, period and qualifiers taken out, with their source offsets; empty when nothing is left. */
  label: ProseText;
  unit?: HeaderUnit;
  /** The period the cell names, when it names one. */
  period?: ClaimTime;
}

/** "Six months to 30 June", "Year to 31 March": the British header for a period that ends on that day. */
const ENDING_TO = /\b(to)(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L})/giu;

/** The period `text` names, read as a heading is ("First half 2023", "FY2021", "six months to 31 March 2024"). */
export function periodOfHeader(text: string, articleDate: string | undefined): ClaimTime | undefined {
  return asHeaderPeriod(periodNamed(text.replace(ENDING_TO, 'ended'), articleDate));
}

function asHeaderPeriod(period: ClaimTime | undefined): ClaimTime | undefined {
  return period && { ...period, source: 'sentence' };
}

/** Longer than any header names an attribute with: read as naming nothing, so a hostile cell costs no more than its length. */
const MAX_HEADER = 200;

export function readHeader(cell: CellText, articleDate: string | undefined): HeaderCell {
  if (cell.text.length > MAX_HEADER) return { cell, label: { text: '', offsets: new Int32Array(0) } };
  const keep = new Uint8Array(cell.text.length).fill(1);
  let unit: HeaderUnit | undefined;
  // Parentheses: a unit, else a qualifier ("(fin d'année)"); a period in them still dates the column.
  for (const m of cell.text.matchAll(/\(([^()]*)\)/g)) {
    unit ??= readHeaderUnit(m[1]);
    keep.fill(0, m.index, m.index + m[0].length);
  }
  // A unit after a comma or "en" / "in" at the end: "Revenue, €m", "Ventes en milliards d'euros".
  const tail = /(?:,\s*|\s(?:en|in)\s+)([^,()]+)$/iu.exec(cell.text);
  const tailUnit = tail ? readHeaderUnit(tail[1]) : undefined;
  if (tail && tailUnit) {
    unit ??= tailUnit;
    keep.fill(0, tail.index, cell.text.length);
  }
  const tokens = tokenize(cell.text, foldText(cell.text));
  const mentions = timeMentions(tokens, () => false, articleDate);
  // Read as periodOfHeader reads it; a cell with no "to" before an end date reads the same, from the same tokens.
  const ended = cell.text.replace(ENDING_TO, 'ended');
  const period = asHeaderPeriod(ended === cell.text ? periodOfMentions(tokens, mentions, articleDate) : periodNamed(ended, articleDate));
  // The words that named the period are not the label's: "Chiffre d'affaires 2024" is labelled "Chiffre d'affaires".
  for (const m of mentions) keep.fill(0, tokens[m.at].start, tokens[m.end - 1].end);
  return { cell, label: withoutQualifier(kept(cell, keep)), unit, period };
}

/**
 * Words after the noun that say when or how it is counted, which no
 * "label : value" pattern expects: "Effectifs au 31 décembre", "Employees at
 * year-end", "Salariés en fin d'année", "Revenue reported", "CA consolidé".
 */
const QUALIFIER = /\s+(?:(?:au|à|a|en|at|as at|as of)\s+(?:fin|la fin|end|the end|year[- ]end|\d{1,2})\b.*|fin d'année|year[- ]end|total|totaux|totale|totales|consolidé|consolidés|consolidated|reported|publié|publiés)$/iu;

function withoutQualifier(label: ProseText): ProseText {
  const m = QUALIFIER.exec(label.text);
  return m ? { text: label.text.slice(0, m.index), offsets: label.offsets.slice(0, m.index) } : label;
}

const SPACE = /\s/;

/** The kept characters of a cell, runs of space made one and the ends trimmed. */
function kept(cell: CellText, keep: Uint8Array): ProseText {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < cell.text.length; i++) {
    if (!keep[i]) continue;
    const space = SPACE.test(cell.text[i]);
    if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
    chars.push(space ? ' ' : cell.text[i]);
    offsets.push(cell.offsets[i]);
  }
  while (chars.length > 0 && (chars[chars.length - 1] === ' ' || chars[chars.length - 1] === ',')) {
    chars.pop();
    offsets.pop();
  }
  return { text: chars.join(''), offsets: Int32Array.from(offsets) };
}

/** True when a label has a letter left to name an attribute with. */
export function hasLabel(header: HeaderCell): boolean {
  return /\p{L}/u.test(header.label.text);
}
