/**
 * Reads the claims of one sentence: runs the language's automaton, keeps
 * the most specific reading of each figure ("public cloud revenue rose to"
 * beats "revenue rose to" for the same figure), binds each claim to an
 * entity, and notes when it speaks and whether it is hedged.
 */
import type { Claim, Lang, Sentence, SlotValue } from '../types.js';
import { foldText } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { AliasIndex } from '../entities/alias-index.js';
import { findMentions } from '../entities/mentions.js';
import { resolveEntity, type ArticleSubject } from '../entities/resolve.js';
import type { AutomatonMatch, Capture } from './automaton.js';
import { hedgeOf, sentenceHedge } from './hedges.js';
import type { RuleSet } from './rule-set.js';
import { SLOT_READERS, type SlotContext, type SlotName, type SlotRead } from './slots/index.js';
import { namesAfter } from './person-list.js';
import { claimTime, timeMentions, type Mention } from './time.js';

export interface ExtractContext {
  ruleSet: RuleSet;
  aliases: AliasIndex;
  knownPeople: Set<string>;
  subject: ArticleSubject;
  articleDate?: string;
  /** The entity the sentence before (in the same block) names first, asked for only when a sentence opens with a pronoun. */
  previousSubject?: () => string | undefined;
  /** Read any capitalized word as an entity (testing a rule's examples without facts). */
  anyNameIsEntity?: boolean;
}

interface Reading {
  match: AutomatonMatch;
  value: Capture;
  figureStart: number;
}

function figureOf(c: Capture): number {
  return c.read.figureStart ?? c.start;
}

/** Keeps, for each figure, the readings with the most literal words. */
function mostSpecific(readings: Reading[]): Reading[] {
  const best = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = `${r.figureStart}:${r.value.read.end}`;
    const list = best.get(key);
    if (!list || list[0].match.literals < r.match.literals) best.set(key, [r]);
    else if (list[0].match.literals === r.match.literals) list.push(r);
  }
  return [...best.values()].flat();
}

export function extractClaims(sentence: Sentence, lang: Lang, ctx: ExtractContext): Claim[] {
  if (!ctx.ruleSet.guards[lang].admits(sentence.text)) return [];
  const folded = foldText(sentence.text);
  const tokens = tokenize(sentence.text, folded);
  if (tokens.length === 0) return [];
  const mentions = findMentions(tokens, folded, ctx.aliases, ctx.anyNameIsEntity);
  const mentionsAt = new Map<number, typeof mentions>();
  for (const m of mentions) mentionsAt.set(m.start, [...(mentionsAt.get(m.start) ?? []), m]);
  const slotCtx: SlotContext = { tokens, lang, mentionsAt, knownPeople: ctx.knownPeople };
  const cache = new Map<SlotName, (SlotRead[] | undefined)[]>();
  const readSlot = (name: SlotName, at: number): SlotRead[] => {
    let byPos = cache.get(name);
    if (!byPos) cache.set(name, (byPos = new Array(tokens.length + 1)));
    return (byPos[at] ??= SLOT_READERS[name](slotCtx, at));
  };
  const patterns = ctx.ruleSet.patterns[lang];
  const readings: Reading[] = [];
  for (const match of ctx.ruleSet.automata[lang].run(tokens, readSlot)) {
    const rule = patterns[match.pattern].rule;
    const value = match.captures.find((c) => c.name === rule.type);
    if (value) readings.push({ match, value, figureStart: figureOf(value) });
  }
  const kept = mostSpecific(readings);
  // Figures that are values of year claims are not dates for other claims.
  const figureTokens = new Set<number>();
  for (const r of kept) if (r.value.name === 'year') figureTokens.add(r.figureStart);

  const times = kept.length > 0 ? timeMentions(tokens, (i) => figureTokens.has(i), ctx.articleDate) : [];
  const timesOf = ownTimes(times, kept.map((r) => r.figureStart));
  const whole = kept.length > 0 ? sentenceHedge(tokens) : undefined;
  const aliasAt = new Uint8Array(tokens.length);
  for (const m of mentions) if (m.entity !== null) aliasAt.fill(1, m.start, m.end);
  const isAlias = (i: number) => aliasAt[i] === 1;
  const seen = new Set<string>();
  const claims: Claim[] = [];
  for (const r of kept) {
    const rule = patterns[r.match.pattern].rule;
    const key = `${rule.attribute}:${r.figureStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const end = r.value.read.end;
    const entityCapture = r.match.captures.find((c) => c.name === 'entity');
    const bound = resolveEntity({
      tokens, mentions, matchStart: r.match.start, figureStart: r.figureStart, figureEnd: end,
      captured: entityCapture?.read.value as Extract<SlotValue, { type: 'entity' }> | undefined,
      subject: ctx.subject,
      previousSubject: ctx.previousSubject,
      patternWords: wordsOf(patterns[r.match.pattern].source),
    });
    const claim: Claim = {
      attribute: rule.attribute,
      rule,
      lang,
      entity: bound.entity,
      entityReason: bound.reason,
      value: r.value.read.value,
      start: sourceOffset(sentence, tokens[r.figureStart].start),
      end: sourceOffset(sentence, tokens[end - 1].end - 1) + 1,
      matchedText: textOf(tokens, r.match.start, r.match.end),
      sentence,
      time: claimTime(tokens, timesOf(r.figureStart), r.figureStart, end, ctx.articleDate),
      hedge: hedgeOf({ tokens, lang, type: rule.type, matchStart: r.match.start, figureStart: r.figureStart, figureEnd: end, matchEnd: r.match.end, whole, isAlias }),
    };
    claims.push(claim);
    // "fondée par A et B", "founded by A, B and C": each name a pattern ends on opens a list, and each is checked.
    if (rule.type === 'person' && end === r.match.end) {
      for (const named of namesAfter(tokens, end, (at) => readSlot('person', at))) {
        claims.push({
          ...claim,
          value: named.read.value,
          start: sourceOffset(sentence, tokens[named.start].start),
          end: sourceOffset(sentence, tokens[named.read.end - 1].end - 1) + 1,
        });
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * Which time expressions speak for which figure: those written before the
 * first figure frame the whole sentence ("En 2019, ..."); any other belongs
 * to the figure nearest to it, so "emploie 2 200 salariés et vise 3 000
 * salariés en 2030" dates only the target.
 */
function ownTimes(times: Mention[], figures: number[]): (figure: number) => Mention[] {
  if (figures.length <= 1) return () => times;
  const sorted = [...new Set(figures)].sort((a, b) => a - b);
  const owner = (m: Mention) => sorted.reduce((best, f) => (Math.abs(f - m.at) < Math.abs(best - m.at) ? f : best), sorted[0]);
  const shared = times.filter((m) => m.end <= sorted[0]);
  const owned = new Map<number, Mention[]>();
  for (const m of times) if (m.end > sorted[0]) owned.set(owner(m), [...(owned.get(owner(m)) ?? []), m]);
  return (figure) => [...shared, ...(owned.get(figure) ?? [])];
}

const patternWordCache = new Map<string, ReadonlySet<string>>();

/** The folded words a pattern writes, slots and syntax left out. */
function wordsOf(source: string): ReadonlySet<string> {
  let words = patternWordCache.get(source);
  if (!words) patternWordCache.set(source, (words = new Set(foldText(source.replace(/\{[^}]*\}/g, ' ')).split(/[^\p{L}\p{N}']+/u).filter(Boolean))));
  return words;
}

function sourceOffset(sentence: Sentence, index: number): number {
  return sentence.offsets[Math.min(index, sentence.offsets.length - 1)];
}

function textOf(tokens: Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, k) => (k && t.spaced ? ' ' : '') + t.text).join('');
}
