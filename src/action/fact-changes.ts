import type { Entity, Statement } from '../types.js';
import type { FactChange } from '../reporters/summary.js';
import { appendAll } from '../lists.js';

/** When a statement holds: two statements about the same time are one statement, changed or not. */
function when(s: Statement): string {
  const period = s.period ? `${s.period.start}/${s.period.end}` : '';
  return [s.asOf ?? '', s.from ?? '', s.until ?? '', period].join('|');
}

function valueText(value: Statement['value']): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A statement as a reviewer reads it: `3500 (as of 2024-01)`, `EUR 2e9 (2025-01-01/2025-12-31)`. */
export function describeStatement(s: Statement): string {
  const value = `${s.unit ? `${s.unit} ` : ''}${valueText(s.value)}`;
  const bits = [
    s.asOf && `as of ${s.asOf}`,
    (s.from || s.until) && `${s.from ?? '…'} to ${s.until ?? 'now'}`,
    s.period && `${s.period.start}/${s.period.end}`,
    s.tolerance && `tolerance ${s.tolerance.amount}${s.tolerance.kind === 'relative' ? '%' : ''}`,
    s.severity && `severity ${s.severity}`,
  ].filter(Boolean);
  return bits.length ? `${value} (${bits.join('; ')})` : value;
}

const at = (s: Statement) => `${s.declaredAt.file}:${s.declaredAt.line}`;

function diffAttribute(entity: string, attribute: string, before: Statement[], after: Statement[]): FactChange[] {
  const changes: FactChange[] = [];
  const left = new Map<string, Statement[]>();
  for (const s of before) left.set(when(s), [...(left.get(when(s)) ?? []), s]);
  for (const s of after) {
    const twin = left.get(when(s))?.shift();
    const now = describeStatement(s);
    if (!twin) changes.push({ entity, attribute, change: 'added', after: now, source: at(s) });
    else if (describeStatement(twin) !== now) changes.push({ entity, attribute, change: 'changed', before: describeStatement(twin), after: now, source: at(s) });
  }
  for (const rest of left.values()) {
    for (const s of rest) changes.push({ entity, attribute, change: 'removed', before: describeStatement(s), source: at(s) });
  }
  return changes;
}

/** A changed name or alias list changes which text the facts apply to, so it is listed too. */
function diffNames(id: string, base: Entity | undefined, head: Entity | undefined): FactChange[] {
  if (!base || !head) return [];
  const changes: FactChange[] = [];
  const source = `${head.declaredAt.file}:${head.declaredAt.line}`;
  if (base.name !== head.name) changes.push({ entity: id, attribute: 'name', change: 'changed', before: base.name, after: head.name, source });
  const [a, b] = [base.aliases.join(', '), head.aliases.join(', ')];
  if (a !== b) changes.push({ entity: id, attribute: 'aliases', change: 'changed', before: a, after: b, source });
  return changes;
}

/**
 * What a pull request changes in the facts, statement by statement, so that
 * reviewers see that "founded: 2001 -> 1999" came with the article that says
 * 1999. Positions are ignored: moving a statement is not changing it.
 */
export function diffFacts(base: readonly Entity[], head: readonly Entity[]): FactChange[] {
  const changes: FactChange[] = [];
  const baseById = new Map(base.map((e) => [e.id, e]));
  const headById = new Map(head.map((e) => [e.id, e]));
  const ids = [...new Set([...baseById.keys(), ...headById.keys()])].sort();
  for (const id of ids) {
    appendAll(changes, diffNames(id, baseById.get(id), headById.get(id)));
    const b = baseById.get(id)?.facts ?? {};
    const h = headById.get(id)?.facts ?? {};
    const attributes = [...new Set([...Object.keys(b), ...Object.keys(h)])].sort();
    for (const attribute of attributes) appendAll(changes, diffAttribute(id, attribute, b[attribute] ?? [], h[attribute] ?? []));
  }
  return changes;
}
