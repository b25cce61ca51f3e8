/**
 * Claim + facts -> verdict. This is the one place that words a finding:
 * "Unexpected <attribute> <found> for <entity><when>, expected <value> (<file:line>)".
 */
import type { Claim, Entity, Severity, Verdict } from '../types.js';
import { agree } from './agree.js';
import { expectedText } from './format-value.js';
import { selectStatements } from './select-statement.js';

export interface JudgeContext {
  entities: Map<string, Entity>;
  articleDate?: string;
  /** Per-attribute severity from .factlint.yml: beats rules and statements. */
  severityOverrides: Record<string, Severity>;
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
  const severity = ctx.severityOverrides[claim.attribute] ?? statement.severity ?? claim.rule.severity ?? 'error';
  const found = 'raw' in claim.value ? claim.value.raw : '';
  const source = `${statement.declaredAt.file}:${statement.declaredAt.line}`;
  return {
    claim,
    kind: 'contradiction',
    reason: `Unexpected ${claim.attribute} ${found} for ${entity.name}${selection.when}, expected ${expected} (${source})`,
    statement,
    expected,
    severity,
  };
}
