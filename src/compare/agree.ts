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

/** The words of a place name, folded: "Saint-Ouen-sur-Seine" -> saint ouen sur seine. */
function placeWords(name: string): string[] {
  return foldKey(name).split(/[\s\-\u2010\u2011,']+/).filter(Boolean);
}

/** True when `part` is a run of whole words inside `whole`. */
function isPartOf(part: string[], whole: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

/**
 * The claimed place is the declared one (or the declared one with more
 * after it: "Lyon, France"), another place, or only a piece of either name
 * ("Tyne" of "Newcastle upon Tyne", "Levallois" of "Levallois-Perret"):
 * a piece is not the place as the facts write it, so it is not judged.
 */
function samePlace(claimed: string, fact: string): boolean | undefined {
  const a = foldKey(claimed);
  const b = foldKey(fact);
  if (a === b || a.startsWith(`${b} `) || a.startsWith(`${b},`) || b.startsWith(`${a} `) || b.startsWith(`${a},`)) return true;
  const x = placeWords(claimed);
  const y = placeWords(fact);
  return x.length > 0 && y.length > 0 && (isPartOf(x, y) || isPartOf(y, x)) ? undefined : false;
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
      const same = places.map((p) => samePlace(value.value, p));
      if (same.includes(true)) return { agrees: true, why: `${value.value} is ${places.join(' or ')}` };
      if (same.includes(undefined)) return { agrees: undefined, why: `${value.value} is only a part of the place's name, ${places.join(' or ')}` };
      return { agrees: false, why: `${value.value} is not ${places.join(' or ')}` };
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
