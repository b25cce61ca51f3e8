/**
 * Counts, percentages and money: an amount (figure-parts.ts) with an
 * optional qualifier before it ("plus de", "nearly"), or a range of two
 * ("entre 400 et 500", "de 400 à 500", "between 400 and 500", "400 to
 * 500", "400-500"), whose lower end takes the upper's scale and currency
 * when it has none ("entre 400 et 500 millions d'euros").
 */
import type { Figure, Lang, Qualifier, SlotValue } from '../../types.js';
import type { Token } from '../../text/tokenize.js';
import { CHANGES_FROM, CURRENCIES, QUALIFIERS } from '../../lang/vocabulary.js';
import { NUMBER_WORD_STARTS } from '../number-words.js';
import { NO_READS, rawText, spells, type SlotContext, type SlotRead } from './context.js';
import { readCurrency, readNumber, readScale } from './figure-parts.js';

/** One amount: [currency] number [scale] [currency]. */
interface Amount {
  start: number;
  end: number;
  value: number;
  halfUnit: number;
  decimals: boolean;
  scale: number;
  currency?: string;
}

interface Quantity {
  figureStart: number;
  end: number;
  amount: Amount;
  qualifier: Qualifier;
  upper?: Amount;
}

/** Words that open a range, with the word that joins its two ends. */
const RANGE_OPENERS: Record<string, string> = { entre: 'et', between: 'and' };
/** Words that join the ends of a range with no opener ("400 à 500", "400 to 500", "400-500"), per language. */
const RANGE_JOINERS: Record<Lang, Set<string>> = { fr: new Set(['a', '-', '–']), en: new Set(['to', '-', '–']) };
/** "de 400 à 500", "from 400 to 500": the word before a range that may start it. */
const FROM: Record<Lang, string> = { fr: 'de', en: 'from' };

/** Qualifiers by their first and by their last word, so most tokens are dismissed with one lookup. */
const BY_FIRST = new Map<string, (typeof QUALIFIERS)[number][]>();
const BY_LAST = new Map<string, (typeof QUALIFIERS)[number][]>();
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

/**
 * The words a quantity may start with, per language: number words,
 * currencies, "us" of "US$", the first words of qualifiers and the range
 * openers, in one set, since every slot of a count or money asks at every token.
 */
const startsOf = (lang: Lang): ReadonlySet<string> =>
  new Set([...NUMBER_WORD_STARTS[lang], ...Object.keys(CURRENCIES), 'us', ...BY_FIRST.keys(), ...Object.keys(RANGE_OPENERS)]);
const QUANTITY_STARTS: Record<Lang, ReadonlySet<string>> = { fr: startsOf('fr'), en: startsOf('en') };

/** Can a quantity start at this token at all: a number, a number word, a currency or a qualifier? */
function mayStartQuantity(t: Token | undefined, lang: Lang): boolean {
  if (!t) return false;
  return t.kind === 'num' || QUANTITY_STARTS[lang].has(t.norm);
}

function readAmount(tokens: Token[], at: number, lang: Lang, money: boolean): Amount | undefined {
  let k = at;
  let currency: string | undefined;
  const prefix = money ? readCurrency(tokens, k) : undefined;
  if (prefix && tokens[prefix.next]?.kind === 'num') {
    currency = prefix.currency;
    k = prefix.next;
  }
  const num = readNumber(tokens, k, lang, !money);
  if (!num) return undefined;
  k = num.next;
  let scale = 1;
  const scaleRead = readScale(tokens, k, money);
  if (scaleRead) {
    scale = scaleRead.scale;
    currency ??= scaleRead.currency;
    k = scaleRead.next;
  }
  if (money && !currency) {
    const suffix = readCurrency(tokens, k);
    if (suffix) {
      currency = suffix.currency;
      k = suffix.next;
    }
  }
  return { start: at, end: k, value: num.value * scale, halfUnit: num.halfUnit * scale, decimals: num.decimals, scale, currency };
}

/**
 * The upper end of a range whose lower end is `lower`, joined by `joiner`
 * (any of the language's when undefined); undefined when none follows or it
 * is not above the lower end.
 */
function upperEnd(tokens: Token[], lower: Amount, joiner: string | undefined, lang: Lang, money: boolean): Amount | undefined {
  const j = tokens[lower.end];
  if (!j || (joiner ? j.norm !== joiner : !RANGE_JOINERS[lang].has(j.norm))) return undefined;
  const upper = readAmount(tokens, lower.end + 1, lang, money);
  if (!upper) return undefined;
  const low = lower.scale === 1 && upper.scale !== 1 ? lower.value * upper.scale : lower.value;
  return low < upper.value ? upper : undefined;
}

/** The lower end with the upper's scale and currency when it states none ("entre 400 et 500 millions"). */
function lowerEnd(lower: Amount, upper: Amount): Amount {
  if (lower.scale !== 1 || upper.scale === 1) return { ...lower, currency: lower.currency ?? upper.currency };
  return { ...lower, value: lower.value * upper.scale, halfUnit: lower.halfUnit * upper.scale, scale: upper.scale, currency: lower.currency ?? upper.currency };
}

/** "passé de 400 à 500", "rose from 400 to 500", "by 200 to 1,450": a change from one figure to another, not a range. */
function isChange(tokens: Token[], i: number, lang: Lang): boolean {
  const before = tokens[i - 1]?.norm;
  return before === 'by' || (before === FROM[lang] && CHANGES_FROM.has(tokens[i - 2]?.norm ?? ''));
}

function readQuantity(ctx: SlotContext, i: number, money: boolean): Quantity | undefined {
  const { tokens, lang } = ctx;
  if (!mayStartQuantity(tokens[i], lang)) return undefined;
  const opener = RANGE_OPENERS[tokens[i].norm];
  if (opener) {
    const lower = readAmount(tokens, i + 1, lang, money);
    const upper = lower && upperEnd(tokens, lower, opener, lang, money);
    return upper && { figureStart: i, end: upper.end, amount: lowerEnd(lower, upper), qualifier: 'range', upper };
  }
  if (insideRange(tokens, i, lang, money)) return undefined;
  const { qualifier, next: figureStart } = readQualifier(tokens, i);
  const amount = readAmount(tokens, figureStart, lang, money);
  if (!amount) return undefined;
  const upper = qualifier === 'exact' && !isChange(tokens, i, lang) ? upperEnd(tokens, amount, undefined, lang, money) : undefined;
  if (upper) return { figureStart, end: upper.end, amount: lowerEnd(amount, upper), qualifier: 'range', upper };
  return { figureStart, end: amount.end, amount, qualifier };
}

/** True when token i is the upper end of a range that starts a few tokens before: that range is the figure, not this end. */
function insideRange(tokens: Token[], i: number, lang: Lang, money: boolean): boolean {
  const joiner = tokens[i - 1]?.norm ?? '';
  if (!RANGE_JOINERS[lang].has(joiner) && joiner !== RANGE_OPENERS[lang === 'fr' ? 'entre' : 'between']) return false;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const opener = RANGE_OPENERS[tokens[j].norm];
    const lower = readAmount(tokens, j + (opener ? 1 : 0), lang, money);
    const opens = opener ? joiner === opener : readQualifier(tokens, j).qualifier === 'exact' && !isChange(tokens, j, lang);
    if (lower && lower.end === i - 1 && opens && upperEnd(tokens, lower, opener, lang, money)) return true;
  }
  return false;
}

/** A range's upper end with the text it is written in. */
function upperOf(upper: Amount, tokens: Token[]): NonNullable<Figure['upper']> {
  return { value: upper.value, precision: upper.halfUnit, decimals: upper.decimals, raw: rawText(tokens, upper.start, upper.end) };
}

/**
 * A count's or a percentage's value: the figure's value, rounding and
 * qualifier, a range's upper end, the text. Written field by field, in that
 * order: spreading a figure object into the value cost more than reading it.
 */
function figureValue(type: 'count' | 'percent', q: Quantity, tokens: Token[], end: number): SlotValue {
  const { amount, upper, qualifier } = q;
  const raw = rawText(tokens, q.figureStart, end);
  if (!upper) return { type, value: amount.value, precision: amount.halfUnit, decimals: amount.decimals, qualifier, raw };
  return { type, value: amount.value, precision: amount.halfUnit, decimals: amount.decimals, qualifier, upper: upperOf(upper, tokens), raw };
}

/** `{count}`: a whole number of things, digits or words, with its qualifier. */
export function readCount(ctx: SlotContext, i: number): readonly SlotRead[] {
  const q = readQuantity(ctx, i, false);
  if (!q) return NO_READS;
  return [{ end: q.end, value: figureValue('count', q, ctx.tokens, q.end), figureStart: q.figureStart }];
}

/** `{percent}`: a number followed by %, "pour cent" or "percent". */
export function readPercent(ctx: SlotContext, i: number): readonly SlotRead[] {
  const q = readQuantity(ctx, i, false);
  if (!q || q.amount.scale !== 1) return NO_READS;
  const { tokens } = ctx;
  let end = -1;
  if (tokens[q.end]?.text === '%') end = q.end + 1;
  else end = Math.max(spells(tokens, q.end, ['pour', 'cent']), spells(tokens, q.end, ['percent']), spells(tokens, q.end, ['per', 'cent']));
  if (end < 0) return NO_READS;
  return [{ end, value: figureValue('percent', q, tokens, end), figureStart: q.figureStart }];
}

/** `{money}`: an amount with a currency or a scale ("275,3 millions d'euros", "€2bn", "1,2 Md€"), written out as figureValue is. */
export function readMoney(ctx: SlotContext, i: number): readonly SlotRead[] {
  const q = readQuantity(ctx, i, true);
  if (!q || (!q.amount.currency && q.amount.scale === 1)) return NO_READS;
  const { amount, upper, qualifier } = q;
  const { currency } = amount;
  const raw = rawText(ctx.tokens, q.figureStart, q.end);
  const value: SlotValue = upper
    ? { type: 'money', value: amount.value, precision: amount.halfUnit, decimals: amount.decimals, qualifier, upper: upperOf(upper, ctx.tokens), currency, raw }
    : { type: 'money', value: amount.value, precision: amount.halfUnit, decimals: amount.decimals, qualifier, currency, raw };
  return [{ end: q.end, value, figureStart: q.figureStart }];
}
