/**
 * The benchmark's answer key at work: every finding must be a planted
 * contradiction (same file, line, attribute and entity, within the planted
 * sentence or row), and every planted contradiction must be found.
 */
import type { Plant } from './corpus.js';

/** What the scorer needs of a finding: the fields of the JSON report. */
export interface FoundAt {
  file: string;
  line: number;
  column: number;
  attribute: string;
  entity: string;
  found?: string;
  expected?: string;
}

export interface Score {
  planted: number;
  found: number;
  missed: Plant[];
  /** Findings that no planted contradiction explains. */
  falseFindings: FoundAt[];
}

const key = (file: string, line: number, attribute: string, entity: string) => `${file}\u0000${line}\u0000${attribute}\u0000${entity}`;

export function scoreFindings(plants: readonly Plant[], findings: readonly FoundAt[]): Score {
  const contradictions = plants.filter((p) => p.kind === 'contradiction');
  const byPlace = new Map<string, Plant[]>();
  for (const p of contradictions) {
    const k = key(p.file, p.line, p.attribute, p.entity);
    byPlace.set(k, [...(byPlace.get(k) ?? []), p]);
  }
  const hit = new Set<Plant>();
  const falseFindings: FoundAt[] = [];
  for (const f of findings) {
    const plant = byPlace.get(key(f.file, f.line, f.attribute, f.entity))?.find((p) => f.column >= p.from && f.column <= p.to);
    if (plant) hit.add(plant);
    else falseFindings.push(f);
  }
  return { planted: contradictions.length, found: hit.size, missed: contradictions.filter((p) => !hit.has(p)), falseFindings };
}

/** One line per problem, for the benchmark to print when it fails. */
export function describeScore(score: Score): string[] {
  return [
    ...score.missed.map((p) => `missed: ${p.file}:${p.line}:${p.from} ${p.attribute} of ${p.entity} written ${p.value}, declared ${p.expected}`),
    ...score.falseFindings.map((f) => `false finding: ${f.file}:${f.line}:${f.column} ${f.attribute} of ${f.entity} found ${f.found ?? '?'}, expected ${f.expected ?? '?'}`),
  ];
}
