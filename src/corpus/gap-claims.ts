/**
 * The claims no statement could judge: about a known entity, not hedged,
 * and with no statement for that attribute at that time. They are what the
 * articles know that the facts do not, and the raw material of both
 * `facts --suggest` and the `corpus-consistency` check. Pure.
 */
import { selectStatements } from '../compare/select-statement.js';
import { foldKey } from '../text/fold.js';
import type { Claim, Entity, Interval, Rule, SlotValue, Tolerance, Verdict } from '../types.js';

/** Attributes whose value holds for good: claims about them agree whatever their date. */
const TIMELESS_TYPES = new Set(['year', 'date', 'place']);
/** Person attributes that name who did something once (not who holds a role now), several people at a time. */
export const TIMELESS_PEOPLE: ReadonlySet<string> = new Set(['founders']);

/** When a gap claim speaks, in the words a statement would use. */
export type GapTime = { asOf: string } | { period: string } | { from: string; until: string } | Record<string, never>;

export interface GapClaim {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  entity: string;
  attribute: string;
  /** The rule's value type and tolerance: what comparing two claims needs, and plain data, so it can be cached. */
  type: Rule['type'];
  tolerance?: Tolerance;
  value: SlotValue;
  /** The figure as the article wrote it. */
  found: string;
  /** Entity, attribute and time: claims with the same key speak of the same thing. */
  key: string;
  time: GapTime;
}

export type PositionAt = (offset: number) => { line: number; column: number };

/** One article's gap claims, each placed in the article by `positionAt`. */
export function gapClaims(file: string, verdicts: readonly Verdict[], entities: ReadonlyMap<string, Entity>, positionAt: PositionAt): GapClaim[] {
  const out: GapClaim[] = [];
  for (const verdict of verdicts) {
    const { claim } = verdict;
    if (verdict.kind !== 'unverifiable' || claim.hedge || !claim.entity) continue;
    const entity = entities.get(claim.entity);
    if (!entity || !('raw' in claim.value)) continue;
    if (!('why' in selectStatements(claim, entity.facts[claim.attribute] ?? [], undefined))) continue;
    const time = gapTime(claim);
    if (!time) continue;
    const { line, column } = positionAt(claim.start);
    const end = positionAt(claim.end);
    // Each founder named is a claim of its own: "founded by A and B" does not make A and B disagree.
    const who = claim.value.type === 'person' && TIMELESS_PEOPLE.has(claim.attribute) ? foldKey(claim.value.value) : '';
    const key = `${claim.entity}\u0000${claim.attribute}\u0000${JSON.stringify(time)}\u0000${who}`;
    const gap: GapClaim = { file, line, column, endLine: end.line, endColumn: end.column, entity: claim.entity, attribute: claim.attribute, type: claim.rule.type, value: claim.value, found: claim.value.raw, key, time };
    if (claim.rule.tolerance) gap.tolerance = claim.rule.tolerance;
    out.push(gap);
  }
  return out;
}

/**
 * The time a statement made from this claim would carry, or undefined when
 * the claim does not say it precisely enough: a flow figure needs the
 * period its sentence names, a count or a role the day, month or year it
 * speaks of.
 */
function gapTime(claim: Claim): GapTime | undefined {
  const { type } = claim.value;
  if (TIMELESS_TYPES.has(type) || (type === 'person' && TIMELESS_PEOPLE.has(claim.attribute))) return {};
  const span = claim.time.span;
  if (!span) return undefined;
  if (type === 'money') return claim.time.source === 'sentence' ? { period: periodText(span) } : undefined;
  if (type === 'person') return { from: isoOf(span, 'start'), until: isoOf(span, 'end') };
  return { asOf: isoOf(span, 'start') };
}

/** A span as the coarsest ISO date that names it: `2019` for a whole year, `2019-01` for a month. */
function isoOf(span: Interval, end: 'start' | 'end'): string {
  const day = span[end];
  if (span.start.endsWith('-01-01') && span.end.endsWith('-12-31') && span.start.slice(0, 4) === span.end.slice(0, 4)) return day.slice(0, 4);
  if (span.start.slice(0, 7) === span.end.slice(0, 7) && span.start.endsWith('-01')) return day.slice(0, 7);
  return day;
}

function periodText(span: Interval): string {
  const whole = isoOf(span, 'start');
  return whole.length === 4 ? whole : `${span.start}/${span.end}`;
}
