/**
 * One table cell written as the sentence a profile would write it,
 * "label : value", so that the rules' label patterns read it. Every unit
 * keeps a source offset: the label's are its header's, the separator's the
 * cell's first, and a unit taken from the header ("billion euros" for
 * "(€bn)") the cell's last, so a claim still points at the figure as the
 * cell writes it.
 */
import type { Claim, Sentence } from '../types.js';
import type { ProseText } from '../markdown/prose-builder.js';
import type { CellText } from './table-headers.js';

export interface LabelSentence {
  sentence: Sentence;
  /** True when a source offset is the value cell's. */
  inValue(offset: number): boolean;
  /** A claim read with the header's unit, its `raw` the figure as the cell writes it ("9.8", not "9.8 billion euros"). */
  asWritten(claim: Claim): Claim;
}

const SEPARATOR = ' : ';

/** The text of the label-first sentence, "Effectifs : 1 200" (with the header's unit after the figure), without its offsets. */
export function labelFirstText(label: string, value: string, unit: string | undefined): string {
  return label + SEPARATOR + value + (unit ? ` ${unit}` : '');
}

/**
 * `labelFirst`: "Effectifs : 1 200", as a profile writes it; else the
 * figure then its label, "18 500 clients", as prose writes a count, for
 * rules that only know that order.
 */
export function labelSentence(label: ProseText, value: CellText & { ends?: Int32Array | number[] }, unit: string | undefined, row: Sentence, labelFirst = true): LabelSentence {
  const n = value.text.length;
  const first = value.offsets[0];
  const last = value.offsets[n - 1];
  const endOf = (i: number) => (value.ends ? value.ends[i] : value.offsets[i] + 1);
  const tail = unit ? ` ${unit}` : '';
  const between = labelFirst ? SEPARATOR : ' ';
  const text = labelFirst ? labelFirstText(label.text, value.text, unit) : value.text + tail + between + label.text;
  const offsets = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let k = 0;
  const put = (offset: number, end: number) => {
    offsets[k] = offset;
    ends[k++] = end;
  };
  const putLabel = () => {
    for (let i = 0; i < label.text.length; i++) put(label.offsets[i], label.ends ? label.ends[i] : label.offsets[i] + 1);
  };
  const putValue = () => {
    for (let i = 0; i < n; i++) put(value.offsets[i], endOf(i));
    for (let i = 0; i < tail.length; i++) put(last, endOf(n - 1));
  };
  if (labelFirst) putLabel();
  else putValue();
  for (let i = 0; i < between.length; i++) put(labelFirst ? first : last, labelFirst ? first : endOf(n - 1));
  if (labelFirst) putValue();
  else putLabel();
  const sentence: Sentence = { text, offsets, ends, block: row.block, blockIndex: row.blockIndex };
  const inValue = (offset: number) => offset >= first && offset <= last;
  const asWritten = (claim: Claim): Claim => {
    let from = 0;
    while (from < n && value.offsets[from] < claim.start) from++;
    const raw = value.text.slice(from).trim();
    return { ...claim, end: endOf(n - 1), value: { ...claim.value, raw } as Claim['value'] };
  };
  return { sentence, inValue, asWritten };
}
