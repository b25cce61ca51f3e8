/**
 * Counts, percentages and money: a number (digits or words up to twenty),
 * an optional qualifier before it ("plus de", "nearly"), an optional scale
 * ("millions", "bn", "Md") and, for money, a currency on either side.
 */
import type { Lang, Qualifier, SlotValue } from '../../types.js';
import type { Token } from '../../text/tokenize.js';
import { COUNT_SCALES, CURRENCIES, NUMBER_WORDS, QUALIFIERS, SCALES } from '../lexicon.js';
import { parseNumeral } from '../numeral.js';
import { rawText, spells, type SlotContext, type SlotRead } from './context.js';

interface Quantity {
  start: number;
  figureStart: number;
  end: number;
  value: number;
  halfUnit: number;
  qualifier: Qualifier;
  scaled: boolean;
  currency?: string;
}

/** Qualifiers by their first and by their last word, so most tokens are dismissed with one lookup. */
const BY_FIRST = new Map<string, [string[], Qualifier][]>();
const BY_LAST = new Map<string, [string[], Qualifier][]>();
for (const entry of QUALIFIERS) {
  const [words] = entry;
  BY_FIRST.set(words[0], [...(BY_FIRST.get(words[0]) ?? []), entry]);
  BY_LAST.set(words[words.length - 1], [...(BY_LAST.get(words[words.length - 1]) ?? []), entry]);
}

function readQualifier(tokens: Token[], i: number): { qualifier: Qualifier; next: number } {
  for (const [words, qualifier] of BY_FIRST.get(tokens[i]?.norm ?? '') ?? []) {
    const next = spells(tokens, i, words);
    if (next > 0) return { qualifier, next };
  }
  // A slot that starts at the number still honours a qualifier written just before it.
  for (const [words, qualifier] of BY_LAST.get(tokens[i - 1]?.norm ?? '') ?? []) {
    if (i >= words.length && spells(tokens, i - words.length, words) === i) return { qualifier, next: i };
  }
  return { qualifier: 'exact', next: i };
}

/** Can a quantity start at this token at all: a number, a number word, a currency or a qualifier? */
function mayStartQuantity(t: Token | undefined): boolean {
  if (!t) return false;
  return t.kind === 'num' || t.norm in NUMBER_WORDS || t.norm in CURRENCIES || t.norm === 'us' || BY_FIRST.has(t.norm);
}

/** A bare number at token i: digits, or a number word ("trois", "dix-sept", "five"). */
function readNumber(tokens: Token[], i: number, lang: Lang, integerHint: boolean): { value: number; halfUnit: number; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    // A number glued to a preceding word or digit is part of something else (FY2026, A380).
    if (!t.spaced && i > 0 && (tokens[i - 1].kind === 'word' || tokens[i - 1].kind === 'num')) return undefined;
    let n = parseNumeral(t.text, lang);
    // A count is whole: "2,200" in French and "2.200" in English are thousands, whatever the language's decimal mark.
    if (integerHint && n && !Number.isInteger(n.value) && /^\d{1,3}[.,]\d{3}$/.test(t.text)) n = parseNumeral(t.text, t.text.includes(',') ? 'en' : 'fr');
    return n && { ...n, next: i + 1 };
  }
  if (t.kind === 'word' && t.norm in NUMBER_WORDS) {
    let value = NUMBER_WORDS[t.norm];
    let next = i + 1;
    // dix-sept, dix-huit, dix-neuf
    if (t.norm === 'dix' && tokens[i + 1]?.text === '-' && ['sept', 'huit', 'neuf'].includes(tokens[i + 2]?.norm ?? '')) {
      value = 10 + NUMBER_WORDS[tokens[i + 2].norm];
      next = i + 3;
    }
    return { value, halfUnit: 0.5, next };
  }
  return undefined;
}

function readCurrency(tokens: Token[], i: number): { currency: string; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.norm === 'us' && tokens[i + 1]?.text === '$' && !tokens[i + 1].spaced) return { currency: 'USD', next: i + 2 };
  if (t.norm in CURRENCIES) return { currency: CURRENCIES[t.norm], next: i + 1 };
  // "d'euros", "de dollars"
  if ((t.norm === "d'" || t.norm === 'de') && tokens[i + 1] && tokens[i + 1].norm in CURRENCIES && tokens[i + 1].kind === 'word') {
    return { currency: CURRENCIES[tokens[i + 1].norm], next: i + 2 };
  }
  return undefined;
}

function readScale(tokens: Token[], i: number, money: boolean): { scale: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !(t.norm in SCALES)) return undefined;
  if (!money && !COUNT_SCALES.has(t.norm)) return undefined;
  // Short scales ("M", "bn", "k") must be glued to the number or followed by a currency sign.
  if (t.norm.length <= 3 && !['md', 'mds', 'mrd', 'mio'].includes(t.norm) && t.spaced) {
    const after = tokens[i + 1];
    if (!(after && !after.spaced && after.norm in CURRENCIES)) return undefined;
  }
  let next = i + 1;
  // "millions de clients": the "de" belongs to what follows; "1,3 milliard d'euros" handled by currency.
  return { scale: SCALES[t.norm], next };
}

function readQuantity(ctx: SlotContext, i: number, money: boolean): Quantity | undefined {
  const { tokens, lang } = ctx;
  if (!mayStartQuantity(tokens[i])) return undefined;
  const { qualifier, next: afterQualifier } = readQualifier(tokens, i);
  let k = afterQualifier;
  const figureStart = k;
  let currency: string | undefined;
  const prefix = money ? readCurrency(tokens, k) : undefined;
  if (prefix && tokens[prefix.next]?.kind === 'num') {
    currency = prefix.currency;
    k = prefix.next;
  }
  const num = readNumber(tokens, k, lang, !money);
  if (!num) return undefined;
  // A currency sign glued to the number ("€275.3M") is fine; a qualifier word glued is not possible.
  k = num.next;
  let value = num.value;
  let halfUnit = num.halfUnit;
  let scaled = false;
  const scale = readScale(tokens, k, money);
  if (scale) {
    value *= scale.scale;
    halfUnit *= scale.scale;
    scaled = true;
    k = scale.next;
  }
  if (money && !currency) {
    const suffix = readCurrency(tokens, k);
    if (suffix) {
      currency = suffix.currency;
      k = suffix.next;
    }
  }
  return { start: i, figureStart, end: k, value, halfUnit, qualifier, scaled, currency };
}

/** `{count}`: a whole number of things, digits or words, with its qualifier. */
export function readCount(ctx: SlotContext, i: number): SlotRead[] {
  const q = readQuantity(ctx, i, false);
  if (!q) return [];
  const raw = rawText(ctx.tokens, q.figureStart, q.end);
  const value: SlotValue = { type: 'count', value: q.value, precision: q.halfUnit, qualifier: q.qualifier, raw };
  return [{ end: q.end, value, figureStart: q.figureStart }];
}

/** `{percent}`: a number followed by %, "pour cent" or "percent". */
export function readPercent(ctx: SlotContext, i: number): SlotRead[] {
  const q = readQuantity(ctx, i, false);
  if (!q || q.scaled) return [];
  const { tokens } = ctx;
  let end = -1;
  if (tokens[q.end]?.text === '%') end = q.end + 1;
  else end = Math.max(spells(tokens, q.end, ['pour', 'cent']), spells(tokens, q.end, ['percent']), spells(tokens, q.end, ['per', 'cent']));
  if (end < 0) return [];
  const value: SlotValue = { type: 'percent', value: q.value, precision: q.halfUnit, qualifier: q.qualifier, raw: rawText(tokens, q.figureStart, end) };
  return [{ end, value, figureStart: q.figureStart }];
}

/** `{money}`: an amount with a currency or a scale ("275,3 millions d'euros", "€2bn", "1,2 Md€"). */
export function readMoney(ctx: SlotContext, i: number): SlotRead[] {
  const q = readQuantity(ctx, i, true);
  if (!q || (!q.currency && !q.scaled)) return [];
  const value: SlotValue = {
    type: 'money', value: q.value, precision: q.halfUnit, currency: q.currency, qualifier: q.qualifier,
    raw: rawText(ctx.tokens, q.figureStart, q.end),
  };
  return [{ end: q.end, value, figureStart: q.figureStart }];
}
