/**
 * Whether two articles' claims about the same thing say the same, by the
 * contract's own table: each claim is read as a fact for the other, so
 * "2 200" and "environ 2 000" agree, and "2 200" and "2 800" do not.
 */
import { agree } from '../compare/agree.js';
import type { Rule, SlotValue, Statement } from '../types.js';
import type { GapClaim } from './gap-claims.js';

/** True when either claim, taken as the fact, holds the other. */
export function claimsAgree(a: GapClaim, b: GapClaim): boolean {
  return holds(a, b) || holds(b, a);
}

/** True when every claim agrees with every other: a group of witnesses that can be trusted together. */
export function allAgree(claims: readonly GapClaim[]): boolean {
  return claims.every((a, i) => claims.every((b, j) => j <= i || claimsAgree(a, b)));
}

function holds(claim: GapClaim, fact: GapClaim): boolean {
  const statement = asStatement(fact.value);
  if (!statement) return false;
  if (claim.tolerance) statement.tolerance = claim.tolerance;
  return agree(claim.value, statement, ruleOf(claim)).agrees === true;
}

/** The rule a gap claim was read by, as far as comparing needs it: its attribute and type (its tolerance rides on the statement). */
function ruleOf(claim: GapClaim): Rule {
  return { attribute: claim.attribute, type: claim.type, patterns: {}, examples: [], builtin: false, declaredAt: { file: '', line: 0, column: 0 } };
}

function asStatement(value: SlotValue): Statement | undefined {
  const declaredAt = { file: '', line: 0, column: 0 };
  switch (value.type) {
    case 'year':
    case 'count':
    case 'percent':
      return { value: value.value, declaredAt };
    case 'money':
      return { value: value.value, ...(value.currency && { unit: value.currency }), declaredAt };
    case 'person':
    case 'place':
    case 'date':
      return { value: value.value, declaredAt };
    default:
      return undefined;
  }
}

/** Exact figures before qualified ones, finer before rounder: the one a statement should carry. */
export function mostPrecise(claims: readonly GapClaim[]): GapClaim | undefined {
  const exact = claims.filter((c) => !('qualifier' in c.value) || c.value.qualifier === 'exact');
  const finer = (c: GapClaim) => ('precision' in c.value ? c.value.precision : -c.found.length);
  return [...exact].sort((x, y) => finer(x) - finer(y))[0];
}
