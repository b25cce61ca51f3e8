/**
 * Reads the claims of one sentence: runs the language's automaton, keeps
 * the most specific reading of each figure ("public cloud revenue rose to"
 * beats "revenue rose to" for the same figure), binds each claim to an
 * entity, and notes when it speaks and whether it is hedged.
 */
import type { Claim, Lang, Rule, Sentence, SlotValue } from '../types.js';
import { foldText } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { AliasIndex } from '../entities/alias-index.js';
import { findMentions } from '../entities/mentions.js';
import { sourceEnd, sourceStart } from '../markdown/sentence-offsets.js';
import { resolveEntity, type ArticleSubject } from '../entities/resolve.js';
import type { AutomatonMatch, Capture } from './automaton.js';
import { hedgeOf, leavingWord } from './hedges.js';
import { otherMetric } from './other-metric.js';
import { splitClauses } from '../clauses/split-clauses.js';
import { asideSpans } from '../clauses/aside-spans.js';
import { scopeOf } from '../clauses/scope.js';
import { findNominals, type Nominal } from '../clauses/nominals.js';
import { NominalIndex, ownerReadings } from '../clauses/owner.js';
import { figureTimes, undatedComparison } from '../clauses/clause-times.js';
import { timeEarlier, yearsEarlierByClause } from '../clauses/years-earlier.js';
import { comparedReadings } from '../clauses/compared-figures.js';
import { bindOwner } from '../entities/bind-owner.js';
import { PACKS } from '../lang/index.js';
import type { RuleSet } from './rule-set.js';
import { SLOT_READERS, type SlotContext, type SlotName, type SlotRead } from './slots/index.js';
import { namesAfter, partnersAfter } from './person-list.js';
import { claimTime, timeMentions } from './time.js';
import { lowerBound } from '../lists.js';

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

/**
 * Keeps, for each figure, the readings with the most literal words: "cloud
 * revenue reached" takes the figure from "revenue reached". Names are the
 * exception: one person holds several roles ("founder and chief executive,
 * X"), so a reading of a person loses to another attribute's only when
 * that one's words wrap its own ("interim chief executive X" over "chief
 * executive X").
 */
function mostSpecific(readings: Reading[], ruleOf: (r: Reading) => Rule): Reading[] {
  const byFigure = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = `${r.figureStart}:${r.value.read.end}`;
    const group = byFigure.get(key);
    if (group) group.push(r);
    else byFigure.set(key, [r]);
  }
  const beats = (o: Reading, r: Reading) => {
    if (o.match.literals <= r.match.literals) return false;
    const [a, b] = [ruleOf(o), ruleOf(r)];
    if (a.type !== 'person' || b.type !== 'person' || a.attribute === b.attribute) return true;
    return o.match.start <= r.match.start && o.match.end >= r.match.end && o.match.end - o.match.start > r.match.end - r.match.start;
  };
  return [...byFigure.values()].flatMap((group) => group.filter((r) => !group.some((o) => beats(o, r))));
}

export function extractClaims(sentence: Sentence, lang: Lang, ctx: ExtractContext): Claim[] {
  if (!ctx.ruleSet.guards[lang].admits(sentence.text)) return [];
  const folded = foldText(sentence.text);
  const tokens = tokenize(sentence.text, folded);
  if (tokens.length === 0) return [];
  const pack = PACKS[lang];
  const mentions = findMentions(tokens, folded, ctx.aliases, pack, ctx.anyNameIsEntity);
  const clauses = splitClauses(tokens, pack);
  const mentionsAt = new Map<number, typeof mentions>();
  for (const m of mentions) mentionsAt.set(m.start, [...(mentionsAt.get(m.start) ?? []), m]);
  const ruleWords = ctx.ruleSet.automata[lang].words;
  const slotCtx: SlotContext = { tokens, lang, mentionsAt, knownPeople: ctx.knownPeople, ruleWords };
  // The readings of each slot by token, read once: the automaton asks for the leading slots at every token.
  const cache: Partial<Record<SlotName, (readonly SlotRead[] | undefined)[]>> = {};
  const readSlot = (name: SlotName, at: number): readonly SlotRead[] => {
    const byPos = (cache[name] ??= new Array(tokens.length + 1));
    return (byPos[at] ??= SLOT_READERS[name](slotCtx, at));
  };
  const patterns = ctx.ruleSet.patterns[lang];
  const readings: Reading[] = [];
  for (const match of ctx.ruleSet.automata[lang].run(tokens, readSlot, clauses.boundary, asideSpans(tokens, clauses))) {
    const rule = patterns[match.pattern].rule;
    const value = match.captures.find((c) => c.name === rule.type);
    if (value) readings.push({ match, value, figureStart: figureOf(value) });
  }
  const found = mostSpecific(readings, (r) => patterns[r.match.pattern].rule);
  const kept = [...found, ...comparedReadings(found, clauses, (r) => patterns[r.match.pattern].rule.type, readSlot)];
  // Figures that are values of year claims are not dates for other claims.
  const figureTokens = new Set<number>();
  for (const r of kept) if (r.value.name === 'year') figureTokens.add(r.figureStart);

  if (kept.length === 0) return [];
  const times = timeMentions(tokens, (i) => figureTokens.has(i), ctx.articleDate);
  const timesOf = figureTimes(tokens, clauses, times, kept.map((r) => r.figureStart), pack);
  const scopes = scopeOf(tokens, clauses, pack);
  const nominals = findNominals({ tokens, mentions: ctx.anyNameIsEntity ? mentions.filter((m) => !m.guessed) : mentions, pack, knownPeople: ctx.knownPeople, ruleWords });
  const aliasAt = new Uint8Array(tokens.length);
  for (const m of mentions) if (m.entity !== null) aliasAt.fill(1, m.start, m.end);
  const isAlias = (i: number) => aliasAt[i] === 1;
  const isLiteral = (i: number) => ruleWords.has(tokens[i].key);
  const index = new NominalIndex(clauses, nominals, tokens);
  // A pronoun stands for the last subject named before it in the sentence, known or not ("Nordwind said it employs": not the
  // article's company); opening the sentence, for the name the sentence before begins with.
  const lastSubject: (Nominal | undefined)[] = new Array(tokens.length + 1);
  for (let k = 0, n = 0, last: Nominal | undefined; k <= tokens.length; k++) {
    for (; n < nominals.length && nominals[n].end <= k; n++) if (nominals[n].role === 'subject' && namesSomeone(nominals[n])) last = nominals[n];
    lastSubject[k] = last;
  }
  const antecedent = (pronoun: Nominal) => lastSubject[pronoun.start] ?? (pronoun.start === 0 ? ctx.previousSubject?.() : undefined);
  // A comparison dated "a year earlier" takes the time of the figure before it, moved back.
  const earlier = yearsEarlierByClause(tokens, clauses, pack);
  const plainFigures = [...new Set(kept.map((r) => r.figureStart))].filter((f) => clauses.clauses[clauses.at[f]].kind !== 'comparison').sort((a, b) => a - b);
  // A comparison with another owner and no time of its own speaks of the same time ("300 salariés, contre 1 450 chez Acmé").
  const timeOf = (figure: number, figureEnd: number, sameTime: boolean) => {
    const clause = clauses.at[figure];
    const back = clauses.clauses[clause].kind !== 'comparison' ? undefined : sameTime ? { years: 0, text: 'the same time' } : earlier.get(clause);
    if (!back) return claimTime(tokens, timesOf(figure), figure, figureEnd, ctx.articleDate);
    const base = plainFigures[lowerBound(plainFigures, clauses.clauses[clause].start) - 1];
    const baseTime = base === undefined ? undefined : claimTime(tokens, timesOf(base), base, base + 1, ctx.articleDate);
    return baseTime && timeEarlier(baseTime, back);
  };
  const seen = new Set<string>();
  const claims: Claim[] = [];
  for (const r of kept) {
    const rule = patterns[r.match.pattern].rule;
    const key = `${rule.attribute}:${r.figureStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const end = r.value.read.end;
    const clause = clauses.clauses[clauses.at[r.figureStart]];
    const entityCapture = r.match.captures.find((c) => c.name === 'entity');
    const captured = entityCapture?.read.value as Extract<SlotValue, { type: 'entity' }> | undefined;
    const readings = captured || ctx.anyNameIsEntity ? [] : ownerReadings(index, r.figureStart, r.match.start, r.match.end);
    const bound = bindOwner({ readings, subject: ctx.subject, antecedent }) ?? resolveEntity({
      tokens, mentions, matchStart: r.match.start, figureStart: r.figureStart, figureEnd: end, captured,
      subject: ctx.subject,
      previousSubject: ctx.previousSubject,
      patternWords: wordsOf(patterns[r.match.pattern].source),
    });
    const own = timesOf(r.figureStart);
    const inClause = (k: number) => clauses.at[k] === clauses.at[r.figureStart];
    const undatedOther = undatedComparison(clauses, r.figureStart, own) && !earlier.has(clauses.at[r.figureStart]) && readings[0]?.how.startsWith('the name the figure');
    const moved = timeOf(r.figureStart, end, undatedOther);
    const time = moved ?? { source: 'none' as const };
    const undated = moved ? undefined : 'a comparison dated from a figure whose period has no year';
    const hedge = hedgeOf({ tokens, lang, type: rule.type, matchStart: r.match.start, figureStart: r.figureStart, figureEnd: end, matchEnd: r.match.end,
      scope: scopes.at[r.figureStart], whole: scopes.sentence, inClause, isAlias })
      ?? (rule.type === 'money' ? otherMetric({ tokens, pack, matchStart: r.match.start, figureStart: r.figureStart, isLiteral, inClause }) : undefined)
      ?? undated
      ?? (undatedComparison(clauses, r.figureStart, own) && !earlier.has(clauses.at[r.figureStart]) && !undatedOther ? `a comparison ("${clause.marker}") with no time of its own` : undefined);
    const claim: Claim = {
      attribute: rule.attribute,
      rule,
      lang,
      entity: bound.entity,
      entityReason: bound.reason,
      value: r.value.read.value,
      start: sourceStart(sentence, tokens[r.figureStart].start),
      end: sourceEnd(sentence, tokens[end - 1].end - 1),
      matchedText: textOf(tokens, r.match.start, r.match.end),
      sentence,
      time,
      hedge,
      evidence: [
        `clause: ${clause.kind}${clause.marker ? ` ("${clause.marker}")` : ''}`,
        `owner: ${bound.entity ?? '(none)'}, ${bound.reason}${readings.length > 1 ? `; other reading: "${readings[1].nominal.text}", ${readings[1].how}` : ''}`,
        `time: ${time.text ?? time.source}`,
        ...(hedge ? [`not a statement of fact: ${hedge}`] : []),
      ],
    };
    if (rule.type === 'person') {
      // The verb that says what becomes of the holder: in the holder's clause, the main one, or an aside that carries it on; a relative clause speaks of someone else.
      const leaving = leavingWord(tokens, lang, Math.max(end, r.match.end), (k) => inClause(k) || ['main', 'aside'].includes(clauses.clauses[clauses.at[k]].kind));
      if (leaving) claim.leaving = leaving;
    }
    claims.push(claim);
    // "fondée par A et B", "founded by A, B and C": each name a pattern ends on opens a list, and each is checked; so is a partner, "avec Y".
    if (rule.type === 'person') {
      const readPerson = (at: number) => readSlot('person', at);
      const listed = end === r.match.end ? namesAfter(tokens, end, readPerson) : [];
      const after = listed.length > 0 ? listed[listed.length - 1].read.end : r.match.end;
      for (const named of [...listed, ...partnersAfter(tokens, after, readPerson)]) {
        // A name read once, as a pattern's figure or in a list, is one claim.
        const once = `${rule.attribute}:${named.start}`;
        if (seen.has(once)) continue;
        seen.add(once);
        claims.push({
          ...claim,
          value: named.read.value,
          start: sourceStart(sentence, tokens[named.start].start),
          end: sourceEnd(sentence, tokens[named.read.end - 1].end - 1),
        });
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

/** A subject a later pronoun may stand for: a name or a phrase of its own, not a reference to the article's company or another pronoun. */
function namesSomeone(n: Nominal): boolean {
  return n.kind !== 'reference' && n.kind !== 'pronoun';
}

const patternWordCache = new Map<string, ReadonlySet<string>>();

/** The folded words a pattern writes, slots and syntax left out. */
function wordsOf(source: string): ReadonlySet<string> {
  let words = patternWordCache.get(source);
  if (!words) patternWordCache.set(source, (words = new Set(foldText(source.replace(/\{[^}]*\}/g, ' ')).split(/[^\p{L}\p{N}']+/u).filter(Boolean))));
  return words;
}

function textOf(tokens: Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t, k) => (k && t.spaced ? ' ' : '') + t.text).join('');
}
