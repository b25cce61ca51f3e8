/** `{year}` and `{date}`: years and calendar dates as French and English write them. */
import type { SlotValue } from '../../types.js';
import type { Token } from '../../text/tokenize.js';
import { MONTHS } from '../../lang/vocabulary.js';
import { NO_READS, rawText, type SlotContext, type SlotRead } from './context.js';

/** A four-digit year between 1000 and 2199 standing alone (not "FY2026", not "2 2019"). */
export function yearAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^[12]\d{3}$/.test(t.text)) return undefined;
  if (!t.spaced && i > 0 && (tokens[i - 1].kind === 'word' || tokens[i - 1].kind === 'num')) return undefined;
  const next = tokens[i + 1];
  if (next && !next.spaced && (next.kind === 'word' || next.kind === 'num')) return undefined;
  const year = Number(t.text);
  return year >= 1000 && year <= 2199 ? year : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayAt(tokens: Token[], i: number): { day: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  // "1er", "1st", "2nd", "30th"
  const suffix = tokens[i + 1];
  if (suffix && !suffix.spaced && ['er', 'st', 'nd', 'rd', 'th'].includes(suffix.norm)) return { day, next: i + 2 };
  return { day, next: i + 1 };
}

function monthAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  return t && t.kind === 'word' && t.norm in MONTHS ? MONTHS[t.norm] : undefined;
}

export interface DateRead {
  end: number;
  /** YYYY-MM-DD or YYYY-MM. */
  iso: string;
}

/** Reads "30 novembre 2025", "November 30, 2025", "mars 2021", "2025-11-30" at token i. */
export function dateAt(tokens: Token[], i: number): DateRead | undefined {
  // ISO: 2025-11-30 or 2025-11
  const y = yearAt(tokens, i) ?? (tokens[i]?.kind === 'num' && /^\d{4}$/.test(tokens[i].text) ? Number(tokens[i].text) : undefined);
  if (y !== undefined && tokens[i + 1]?.text === '-' && !tokens[i + 1].spaced && /^\d{2}$/.test(tokens[i + 2]?.text ?? '')) {
    const m = Number(tokens[i + 2].text);
    if (m >= 1 && m <= 12) {
      if (tokens[i + 3]?.text === '-' && /^\d{2}$/.test(tokens[i + 4]?.text ?? '')) return { end: i + 5, iso: `${y}-${pad(m)}-${tokens[i + 4].text}` };
      return { end: i + 3, iso: `${y}-${pad(m)}` };
    }
  }
  const d = dayAt(tokens, i);
  if (d) {
    const m = monthAt(tokens, d.next);
    const year = m !== undefined ? yearAt(tokens, d.next + 1) : undefined;
    if (m !== undefined && year !== undefined) return { end: d.next + 2, iso: `${year}-${pad(m)}-${pad(d.day)}` };
    return undefined;
  }
  const m = monthAt(tokens, i);
  if (m !== undefined) {
    const d2 = dayAt(tokens, i + 1);
    if (d2) {
      const k = tokens[d2.next]?.text === ',' ? d2.next + 1 : d2.next;
      const year = yearAt(tokens, k);
      if (year !== undefined) return { end: k + 1, iso: `${year}-${pad(m)}-${pad(d2.day)}` };
    }
    const year = yearAt(tokens, i + 1);
    if (year !== undefined) return { end: i + 2, iso: `${year}-${pad(m)}` };
  }
  return undefined;
}

export function readYear(ctx: SlotContext, i: number): readonly SlotRead[] {
  const year = yearAt(ctx.tokens, i);
  if (year === undefined) return NO_READS;
  const value: SlotValue = { type: 'year', value: year, raw: ctx.tokens[i].text };
  return [{ end: i + 1, value }];
}

export function readDate(ctx: SlotContext, i: number): readonly SlotRead[] {
  const d = dateAt(ctx.tokens, i);
  if (!d) return NO_READS;
  return [{ end: d.end, value: { type: 'date', value: d.iso, raw: rawText(ctx.tokens, i, d.end) } }];
}
