/**
 * What the articles say about the knowledge base, built from the verdicts
 * `check` already made: per entity and attribute, how many claims agree,
 * contradict or cannot be verified; which statements no article mentions
 * (facts nobody reads, or that the rules cannot find); and which claims
 * name a known entity but found no statement to be judged by (candidates
 * for new statements). Pure: verdicts and entities in, data out.
 */
import type { ArticleReport } from '../check-types.js';
import { expectedText } from '../compare/format-value.js';
import type { Entity, Statement, Verdict } from '../types.js';

export interface AttributeCoverage {
  attribute: string;
  /** Statements the facts declare for it (0: claims were read, but there is no fact). */
  statements: number;
  agree: number;
  contradict: number;
  /** Claims about it that were not judged, hedged ones included. */
  unverifiable: number;
}

export interface EntityCoverage {
  entity: string;
  name: string;
  attributes: AttributeCoverage[];
}

export interface UnmentionedStatement {
  entity: string;
  attribute: string;
  value: string;
  /** When the statement holds (label, period, asOf or from/until), when it says. */
  when?: string;
  /** `file:line` of the statement. */
  source: string;
}

/** A claim about a known entity that no statement could judge: a fact the knowledge base may lack. */
export interface Candidate {
  file: string;
  line: number;
  column: number;
  entity: string;
  attribute: string;
  found: string;
  /** When the claim speaks, when its sentence says ("in 2019", "au premier trimestre"). */
  when?: string;
  reason: string;
}

export interface Coverage {
  entities: EntityCoverage[];
  unmentioned: UnmentionedStatement[];
  candidates: Candidate[];
  totals: {
    articles: number;
    claims: number;
    agree: number;
    contradict: number;
    unverifiable: number;
    /** Contradictions a directive in the article silences: `check` does not report them, so they are not counted as contradictions. */
    suppressed: number;
    /** Claims whose entity could not be told, or is not in the facts. */
    unattributed: number;
  };
}

const FIELD = { consistent: 'agree', contradiction: 'contradict', unverifiable: 'unverifiable' } as const;

export type Locate = (file: string, offset: number) => { line: number; column: number };

export function computeCoverage(entities: readonly Entity[], articles: readonly ArticleReport[], locate: Locate): Coverage {
  const known = new Map(entities.map((e) => [e.id, e]));
  const counts = new Map<string, AttributeCoverage>();
  const mentioned = new Set<Statement>();
  const candidates: Candidate[] = [];
  const totals = { articles: articles.length, claims: 0, agree: 0, contradict: 0, unverifiable: 0, suppressed: 0, unattributed: 0 };
  const countOf = (entity: string, attribute: string) => {
    const key = `${entity}\u0000${attribute}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { attribute, statements: known.get(entity)?.facts[attribute]?.length ?? 0, agree: 0, contradict: 0, unverifiable: 0 }));
    return c;
  };
  for (const article of articles) {
    for (const verdict of article.verdicts) {
      totals.claims++;
      if (verdict.statement) mentioned.add(verdict.statement);
      const entity = verdict.claim.entity;
      if (!entity || !known.has(entity)) {
        totals.unattributed++;
        continue;
      }
      if (verdict.suppressed) {
        totals.suppressed++;
        continue;
      }
      const field = FIELD[verdict.kind];
      countOf(entity, verdict.claim.attribute)[field]++;
      totals[field]++;
      if (verdict.kind === 'unverifiable' && !verdict.claim.hedge) candidates.push(candidate(article.file, verdict, locate));
    }
  }
  const unmentioned: UnmentionedStatement[] = [];
  for (const entity of entities) {
    for (const [attribute, statements] of Object.entries(entity.facts)) {
      countOf(entity.id, attribute);
      for (const s of statements) if (!mentioned.has(s)) unmentioned.push(unmentionedOf(entity, attribute, s));
    }
  }
  const byEntity = entities.map((e) => ({
    entity: e.id,
    name: e.name,
    attributes: [...counts.entries()]
      .filter(([key]) => key.startsWith(`${e.id}\u0000`))
      .map(([, c]) => c)
      .sort((a, b) => (a.attribute < b.attribute ? -1 : a.attribute > b.attribute ? 1 : 0)),
  }));
  return { entities: byEntity, unmentioned, candidates, totals };
}

function candidate(file: string, verdict: Verdict, locate: Locate): Candidate {
  const { claim } = verdict;
  const { line, column } = locate(file, claim.start);
  const out: Candidate = { file, line, column, entity: claim.entity ?? '', attribute: claim.attribute, found: 'raw' in claim.value ? claim.value.raw : '', reason: verdict.reason };
  if ((claim.time.source === 'sentence' || claim.time.source === 'heading') && claim.time.text) out.when = claim.time.text;
  return out;
}

function unmentionedOf(entity: Entity, attribute: string, s: Statement): UnmentionedStatement {
  const out: UnmentionedStatement = { entity: entity.id, attribute, value: expectedText(s), source: `${s.declaredAt.file}:${s.declaredAt.line}` };
  const when = whenOf(s);
  if (when) out.when = when;
  return out;
}

function whenOf(s: Statement): string | undefined {
  if (s.label) return s.label;
  if (s.period) return s.period.start === s.period.end ? s.period.start : `${s.period.start}/${s.period.end}`;
  if (s.asOf) return `as of ${s.asOf}`;
  if (s.from || s.until) return `${s.from ?? '…'} to ${s.until ?? 'now'}`;
  return undefined;
}
