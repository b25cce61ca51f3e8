/**
 * Facts that contradict themselves: two values for one attribute at the
 * same `asOf` or for the same `period`, or two holders of a single-holder
 * role (a `person` rule, such as `ceo`) whose `from`/`until` overlap. A
 * claim compared with either would be judged by chance, so each is an
 * author error at the statement declared second, naming the first.
 */
import type { AuthorError, Entity, Position, Rule, Statement } from '../types.js';
import { firstDay, lastDay } from './dates.js';

export function checkContradictingFacts(entities: readonly Entity[], rules: readonly Rule[]): AuthorError[] {
  const people = new Set(rules.filter((r) => r.type === 'person').map((r) => r.attribute));
  const problems: AuthorError[] = [];
  for (const entity of entities) {
    for (const [attribute, statements] of Object.entries(entity.facts)) {
      // Most attributes hold one statement, which nothing can contradict.
      if (statements.length < 2) continue;
      sameTime(attribute, statements, (s) => s.asOf && `as of ${s.asOf}`, problems);
      sameTime(attribute, statements, (s) => s.period && `for ${s.period.start}/${s.period.end}`, problems);
      if (people.has(attribute)) overlappingHolders(attribute, statements, problems);
    }
  }
  return problems;
}

/** Statements with the same time (`when`) and different values. */
function sameTime(attribute: string, statements: readonly Statement[], when: (s: Statement) => string | undefined, problems: AuthorError[]): void {
  const first = new Map<string, Statement>();
  for (const s of inPlaceOrder(statements) ? statements : [...statements].sort(byPlace)) {
    const time = when(s);
    if (!time) continue;
    const key = `${time}\u0000${s.unit ?? ''}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, s);
    else if (!sameValue(earlier, s)) {
      problems.push(error(s.declaredAt, `second value for ${attribute} ${time}: ${shown(s)}, but ${place(earlier.declaredAt)} says ${shown(earlier)}`));
    }
  }
}

interface Term {
  statement: Statement;
  /** The earliest day the term may start, and the latest (a month or a year leaves room). */
  earliestStart: string;
  latestStart: string;
  /** The first day it is surely over, or undefined when it has no `until`. */
  end?: string;
}

/** Two holders of one role at once. Terms that only touch (until 2024-10, from 2024-10) do not overlap. */
function overlappingHolders(attribute: string, statements: readonly Statement[], problems: AuthorError[]): void {
  const terms: Term[] = statements
    .filter((s) => typeof s.value === 'string' && (s.from !== undefined || s.until !== undefined))
    .map((s) => ({
      statement: s,
      earliestStart: s.from ? firstDay(s.from) : '',
      latestStart: s.from ? lastDay(s.from) : '',
      end: s.until === undefined ? undefined : firstDay(s.until),
    }))
    .sort((a, b) => (a.earliestStart < b.earliestStart ? -1 : a.earliestStart > b.earliestStart ? 1 : byPlace(a.statement, b.statement)));
  // The term seen so far that ends last: any later term starting before its end overlaps it.
  let longest: Term | undefined;
  for (const term of terms) {
    if (longest && (longest.end === undefined || term.latestStart < longest.end) && !sameValue(longest.statement, term.statement)) {
      const [earlier, later] = byPlace(longest.statement, term.statement) <= 0 ? [longest, term] : [term, longest];
      problems.push(error(later.statement.declaredAt, `second holder of ${attribute} ${span(later.statement)}: ${shown(later.statement)}, but ${place(earlier.statement.declaredAt)} says ${shown(earlier.statement)} held it ${span(earlier.statement)}`));
    }
    if (!longest || (longest.end !== undefined && (term.end === undefined || term.end > longest.end))) longest = term;
  }
}

function span(s: Statement): string {
  const parts = [s.from && `from ${s.from}`, s.until && `until ${s.until}`].filter(Boolean);
  return parts.join(' ');
}

function sameValue(a: Statement, b: Statement): boolean {
  const text = (s: Statement) => (Array.isArray(s.value) ? s.value.join('\u0000') : String(s.value)).toLowerCase();
  return text(a) === text(b);
}

/** A number with its thousands apart ("2 300"), unless written in a form of its own ("275.3e6"). */
function shown(s: Statement): string {
  if (typeof s.value === 'number' && Number.isInteger(s.value) && (s.raw === undefined || /^-?\d+$/.test(s.raw))) {
    return String(s.value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  }
  if (s.raw !== undefined) return s.raw;
  return Array.isArray(s.value) ? s.value.join(', ') : String(s.value);
}

/** Statements of one attribute are declared in one list, so they are almost always in place order already: no copy, no sort. */
function inPlaceOrder(statements: readonly Statement[]): boolean {
  for (let i = 1; i < statements.length; i++) if (byPlace(statements[i - 1], statements[i]) > 0) return false;
  return true;
}

function byPlace(a: Statement, b: Statement): number {
  const p = a.declaredAt;
  const q = b.declaredAt;
  return (p.file < q.file ? -1 : p.file > q.file ? 1 : 0) || p.line - q.line || p.column - q.column;
}

function place(p: Position): string {
  return `${p.file}:${p.line}`;
}

function error(at: Position, message: string): AuthorError {
  return { ...at, message, level: 'error' };
}
