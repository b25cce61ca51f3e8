/**
 * Whether a claimed value agrees with a statement, honouring how the
 * figure was written (its rounding and qualifier: the table of
 * close-enough.ts), the tolerance, and names written in another form.
 */
import type { Rule, SlotValue, Statement, Tolerance } from '../types.js';
import { foldKey } from '../text/fold.js';
import { closeEnough } from './close-enough.js';
import { samePerson } from './same-person.js';

export type Agreement = { agrees: boolean; why: string } | { agrees: undefined; why: string };

const show = (n: number) => (Number.isFinite(n) ? String(+n.toPrecision(6)) : n > 0 ? '∞' : '-∞');

function agreeNumber(claim: Extract<SlotValue, { precision: number }>, fact: number, tolerance: Tolerance | undefined, approximate: number | undefined): Agreement {
  const { agrees, low, high } = closeEnough(claim, fact, tolerance, approximate);
  return { agrees, why: `${claim.raw} holds from ${show(low)} to ${show(high)}, the fact is ${fact}` };
}

function samePlace(claimed: string, fact: string): boolean {
  const a = foldKey(claimed);
  const b = foldKey(fact);
  return a === b || a.startsWith(`${b} `) || a.startsWith(`${b},`) || b.startsWith(`${a} `) || b.startsWith(`${a},`);
}

/** `approximate`: the share of `approximate:` in .factlint.yml (default 5%). */
export function agree(value: SlotValue, statement: Statement, rule: Rule, approximate?: number): Agreement {
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
      return agreeNumber(value, fact, tolerance, approximate);
    }
    case 'person': {
      const names = Array.isArray(fact) ? fact : [String(fact)];
      const ok = names.some((n) => samePerson(value.value, n));
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
