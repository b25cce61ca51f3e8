/**
 * `facts --suggest`: statements the articles support where the facts have
 * none. A group of gap claims (same entity, attribute and time) becomes a
 * suggestion only when at least two articles state it and every claim in it
 * agrees with every other; a group with any disagreement is listed apart
 * for a maintainer to settle. Pure.
 */
import type { Entity } from '../types.js';
import { allAgree, mostPrecise } from './claims-agree.js';
import { TIMELESS_PEOPLE, type GapClaim, type GapTime } from './gap-claims.js';

export interface Suggestion {
  entity: string;
  /** The entity's facts file, where the statement goes. */
  file: string;
  attribute: string;
  value: number | string | string[];
  unit?: string;
  time: GapTime;
  /** `file:line` of every claim that states it. */
  sources: string[];
}

export interface Disagreement {
  entity: string;
  attribute: string;
  time: GapTime;
  claims: { found: string; at: string }[];
}

/** At least this many articles must state a value before it is suggested. */
export const MIN_ARTICLES = 2;

export function suggestFacts(entities: ReadonlyMap<string, Entity>, gaps: readonly GapClaim[]): { suggestions: Suggestion[]; disagreements: Disagreement[] } {
  const suggestions: Suggestion[] = [];
  const disagreements: Disagreement[] = [];
  for (const group of groupByKey(gaps)) {
    const [first] = group;
    const at = group.map((c) => `${c.file}:${c.line}`);
    if (!allAgree(group)) {
      disagreements.push({ entity: first.entity, attribute: first.attribute, time: first.time, claims: group.map((c, i) => ({ found: c.found, at: at[i] })) });
      continue;
    }
    if (new Set(group.map((c) => c.file)).size < MIN_ARTICLES) continue;
    const best = mostPrecise(group);
    if (!best) continue;
    const suggestion: Suggestion = {
      entity: first.entity,
      file: entities.get(first.entity)?.declaredAt.file ?? '',
      attribute: first.attribute,
      value: best.value.type === 'entity' ? '' : best.value.value,
      time: first.time,
      sources: at,
    };
    if (best.value.type === 'money' && best.value.currency) suggestion.unit = best.value.currency;
    const same = suggestion.value !== '' && suggestions.find((s) => isNameList(s) && s.entity === suggestion.entity && s.attribute === suggestion.attribute);
    if (same && typeof suggestion.value === 'string') {
      same.value = [...(Array.isArray(same.value) ? same.value : [String(same.value)]), suggestion.value];
      same.sources = [...new Set([...same.sources, ...suggestion.sources])];
    } else suggestions.push(suggestion);
  }
  return { suggestions, disagreements };
}

/** Founders: one statement lists them all, so suggestions of several names merge into one. */
function isNameList(s: Suggestion): boolean {
  return TIMELESS_PEOPLE.has(s.attribute);
}

/** Claims grouped by entity, attribute and time, in the order their keys first appear. */
export function groupByKey(gaps: readonly GapClaim[]): GapClaim[][] {
  const groups = new Map<string, GapClaim[]>();
  for (const gap of gaps) {
    const group = groups.get(gap.key);
    if (group) group.push(gap);
    else groups.set(gap.key, [gap]);
  }
  return [...groups.values()];
}
