/**
 * The benchmark's knowledge base: every entity's facts follow from its
 * index, so an article can state them (or plant a wrong one) without a
 * lookup, and the facts can be written as one file or one file per entity.
 */
import { CITIES, companyKind, companyStems, person } from './corpus-names.js';

export interface EntityFacts {
  id: string;
  /** The name articles use most; `stem` is its alias. */
  name: string;
  stem: string;
  founded: number;
  headquarters: string;
  employees: number;
  /** Revenue of 2023 in millions of euros, with one decimal. */
  revenueMillions: number;
  ceo: string;
  founder: string;
}

export function entityFacts(i: number, stem: string): EntityFacts {
  return {
    id: `${stem.toLowerCase()}-${i}`,
    name: `${stem} ${companyKind(i)}`,
    stem,
    founded: 1950 + ((i * 7) % 70),
    headquarters: CITIES[i % CITIES.length],
    employees: 800 + ((i * 37) % 900) * 10,
    revenueMillions: 50 + ((i * 13) % 900) + 0.5,
    ceo: person(i * 3 + 1),
    founder: person(i * 3 + 2),
  };
}

export function makeEntities(count: number): EntityFacts[] {
  return companyStems(count).map((stem, i) => entityFacts(i, stem));
}

/** One entity's YAML lines, indented by `indent` (the first line starts with `- ` when listed). */
function entityLines(e: EntityFacts, listed: boolean): string[] {
  const lead = listed ? '  - ' : '';
  const pad = listed ? '    ' : '';
  return [
    `${lead}entity: ${e.id}`,
    `${pad}name: ${e.name}`,
    `${pad}aliases: [${e.stem}]`,
    `${pad}facts:`,
    `${pad}  founded: ${e.founded}`,
    `${pad}  founders: [${e.founder}]`,
    `${pad}  headquarters: ${e.headquarters}`,
    `${pad}  employees:`,
    `${pad}    - value: ${e.employees}`,
    `${pad}      asOf: 2023-12`,
    `${pad}      source: "Rapport annuel 2023"`,
    `${pad}  revenue:`,
    `${pad}    - value: ${e.revenueMillions}e6`,
    `${pad}      unit: EUR`,
    `${pad}      period: 2023-01-01/2023-12-31`,
    `${pad}      label: FY 2023`,
    `${pad}  ceo:`,
    `${pad}    - value: ${e.ceo}`,
    `${pad}      from: 2015-01`,
  ];
}

/** Every entity in one file under `entities:`. */
export function factsOneFile(entities: EntityFacts[]): string {
  return ['# Entities of the benchmark corpus', 'entities:', ...entities.flatMap((e) => entityLines(e, true))].join('\n') + '\n';
}

/** One file per entity, keyed by its path under `facts/`. */
export function factsPerEntity(entities: EntityFacts[]): Map<string, string> {
  return new Map(entities.map((e) => [`${e.id}.yml`, entityLines(e, false).join('\n') + '\n']));
}
