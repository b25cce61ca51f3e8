/**
 * Whether a claimed value agrees with a statement, honouring how the
 * figure was written: its rounding ("275 millions" agrees with 275.3e6),
 * its qualifier ("plus de 2 000" holds for 2 200), and the tolerance.
 */
import type { Rule, SlotValue, Statement, Tolerance } from '../types.js';
import { foldKey } from '../text/fold.js';

export type Agreement = { agrees: boolean; why: string } | { agrees: undefined; why: string };

/** "About" widens the tolerance to this share of the fact. */
const ABOUT_SHARE = 0.1;

function allowance(t: Tolerance | undefined, fact: number): number {
  if (!t) return 0;
  return t.kind === 'relative' ? Math.abs(fact) * t.amount : t.amount;
}

function agreeNumber(claim: Extract<SlotValue, { precision: number }>, fact: number, tolerance: Tolerance | undefined): Agreement {
  let slack = allowance(tolerance, fact) + claim.precision;
  if (claim.qualifier === 'about') slack = Math.max(slack, Math.abs(fact) * ABOUT_SHARE);
  // A small epsilon absorbs floating-point noise (275.3 * 1e6).
  const eps = Math.abs(fact) * 1e-9;
  const v = claim.value;
  switch (claim.qualifier) {
    case 'atLeast':
      return { agrees: fact >= v - slack + claim.precision - eps, why: `"more than ${claim.raw}" ${fact >= v - eps ? 'holds' : 'fails'} for ${plain(fact)}` };
    case 'atMost':
      return { agrees: fact <= v + slack - claim.precision + eps, why: `"less than ${claim.raw}" ${fact <= v + eps ? 'holds' : 'fails'} for ${plain(fact)}` };
    default: {
      const ok = Math.abs(fact - v) <= slack + eps;
      return { agrees: ok, why: `${claim.raw} reads as ${plain(v)} ± ${plain(slack)}, the fact is ${plain(fact)}` };
    }
  }
}

/** A number without binary noise: 65,4 milliards reads as 65400000000, not 65400000000.00001. */
function plain(n: number): string {
  return String(+n.toPrecision(10));
}

function sameName(claimed: string, fact: string): boolean {
  const a = foldKey(claimed);
  const b = foldKey(fact);
  if (a === b) return true;
  // "Klaba" for "Octave Klaba": a lone surname agrees with the full name.
  return !a.includes(' ') && b.split(' ').at(-1) === a;
}

function samePlace(claimed: string, fact: string): boolean {
  const a = foldKey(claimed);
  const b = foldKey(fact);
  return a === b || a.startsWith(`${b} `) || a.startsWith(`${b},`) || b.startsWith(`${a} `) || b.startsWith(`${a},`);
}

export function agree(value: SlotValue, statement: Statement, rule: Rule): Agreement {
  const fact = statement.value;
  const tolerance = statement.tolerance ?? rule.tolerance;
  switch (value.type) {
    case 'year':
      return typeof fact === 'number' ? { agrees: fact === value.value, why: `year ${value.value} vs ${fact}` } : { agrees: undefined, why: 'the fact is not a year' };
    case 'count':
    case 'percent':
    case 'money': {
      if (typeof fact !== 'number') return { agrees: undefined, why: 'the fact is not a number' };
      if (value.type === 'money' && value.currency && statement.unit && value.currency !== statement.unit.toUpperCase()) {
        return { agrees: undefined, why: `the claim is in ${value.currency}, the fact in ${statement.unit}` };
      }
      return agreeNumber(value, fact, tolerance);
    }
    case 'person': {
      const names = Array.isArray(fact) ? fact : [String(fact)];
      const ok = names.some((n) => sameName(value.value, n));
      return { agrees: ok, why: `${value.value} ${ok ? 'is' : 'is not'} ${names.join(' or ')}` };
    }
    case 'place': {
      const places = Array.isArray(fact) ? fact : [String(fact)];
      const ok = places.some((p) => samePlace(value.value, p));
      return { agrees: ok, why: `${value.value} ${ok ? 'is' : 'is not'} ${places.join(' or ')}` };
    }
    case 'date': {
      const f = String(fact);
      const ok = f.startsWith(value.value) || value.value.startsWith(f);
      return { agrees: ok, why: `${value.value} vs ${f}` };
    }
    default:
      return { agrees: undefined, why: 'nothing to compare' };
  }
}
