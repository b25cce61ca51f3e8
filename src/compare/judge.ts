/**
 * Claim + facts -> verdict. With wording.ts, the one place that words a
 * finding: the verdict carries the structured fields (found, expected, the
 * fact's place, the suggestion) and the message made from them.
 */
import type { Claim, Entity, Severity, Statement, Verdict } from '../types.js';
import { agree } from './agree.js';
import { expectedText, suggestionFor } from './format-value.js';
import { selectStatements } from './select-statement.js';
import { whenWords, wordContradiction } from './wording.js';

export interface JudgeContext {
  entities: Map<string, Entity>;
  articleDate?: string;
  /** Per-attribute severity from .factlint.yml: beats rules and statements (`off` rules are never compiled). */
  severityOverrides: Record<string, Severity | 'off'>;
  /** `approximate:` from .factlint.yml, as a share (default 0.05). */
  approximate?: number;
}

const unverifiable = (claim: Claim, reason: string): Verdict => ({ claim, kind: 'unverifiable', reason });

function isFuture(claim: Claim, articleDate: string | undefined): boolean {
  const span = claim.time.span;
  return !!(articleDate && span && (claim.time.source === 'sentence' || claim.time.source === 'heading') && span.start.slice(0, 4) > articleDate.slice(0, 4));
}

/** A figure given by period whose sentence names none speaks of its section's period, when its heading or the title names one. */
function withPeriod(claim: Claim, byPeriod: boolean): Claim {
  return byPeriod && claim.sectionTime && claim.time.source !== 'sentence' ? { ...claim, time: claim.sectionTime } : claim;
}

export function judge(read: Claim, ctx: JudgeContext): Verdict {
  const claim = withPeriod(read, (ctx.entities.get(read.entity ?? '')?.facts[read.attribute] ?? []).some((s) => s.period));
  if (claim.hedge) return unverifiable(claim, claim.hedge);
  if (!claim.entity) return unverifiable(claim, `no entity: ${claim.entityReason}`);
  const entity = ctx.entities.get(claim.entity);
  if (!entity) return unverifiable(claim, `unknown entity ${claim.entity}`);
  const statements = entity.facts[claim.attribute] ?? [];
  const timed = statements.some((s) => s.asOf || s.from || s.until || s.period);
  if (claim.leaving && statements.some((s) => s.from || s.until)) return unverifiable(claim, `a holder who is leaving ("${claim.leaving}")`);
  if (timed && isFuture(claim, ctx.articleDate)) return unverifiable(claim, `speaks of ${claim.time.text}, after the article's date: a forecast`);
  const selection = selectStatements(claim, statements, ctx.articleDate, entity.fiscalYearStart);
  if ('why' in selection) return unverifiable(claim, `${entity.name}: ${selection.why}`);
  const results = selection.statements.map((s) => ({ s, a: agree(claim.value, s, claim.rule, ctx.approximate) }));
  const match = results.find((r) => r.a.agrees === true);
  if (match) return { claim, kind: 'consistent', reason: match.a.why, statement: match.s, expected: expectedText(match.s) };
  const judged = results.filter((r) => r.a.agrees === false);
  if (judged.length === 0) return unverifiable(claim, results[0]?.a.why ?? 'nothing to compare');
  const statement = judged[0].s;
  const expected = judged.map((r) => expectedText(r.s)).join(' or ');
  const override = ctx.severityOverrides[claim.attribute];
  const severity = (override !== 'off' ? override : undefined) ?? statement.severity ?? claim.rule.severity ?? 'error';
  const found = claim.value.raw;
  const suggestion = judged.length === 1 ? suggestionFor(claim.value, statement, claim.lang) : undefined;
  const source = `${statement.declaredAt.file}:${statement.declaredAt.line}`;
  const written = suggestion ?? judged.map((r) => writtenFact(r.s)).join(' or ');
  const verdict: Verdict = {
    claim,
    kind: 'contradiction',
    reason: wordContradiction({ attribute: claim.attribute, type: claim.rule.type, found, expected: written, entity: entity.name, when: whenWords(claim, statement), source }),
    statement,
    expected,
    severity,
  };
  if (suggestion !== undefined && suggestion !== found) verdict.suggestion = suggestion;
  return verdict;
}

/** A list of names reads "A and B"; anything else as the facts file writes it. */
function writtenFact(s: Statement): string {
  if (!Array.isArray(s.value)) return expectedText(s);
  return s.value.length <= 1 ? s.value.join('') : `${s.value.slice(0, -1).join(', ')} and ${s.value[s.value.length - 1]}`;
}
