import type { Entity, Position, Statement } from '../types.js';
import { parsePeriod } from './dates.js';
import { entitiesFileSchema, entitySchema } from './facts-schema.js';
import { passesFactsSchema } from './facts-quick-check.js';
import type { EntityInput, FactsFileInput, StatementInput } from './facts-schema.js';
import { parseTolerance } from './tolerance.js';
import { validateYaml } from './validate-yaml.js';
import type { Parsed } from './validate-yaml.js';
import type { YamlPath, YamlSource } from './yaml-source.js';

/** A name or alias with its place, so that a clash between entities can name both places. */
export interface NamePlace {
  name: string;
  declaredAt: Position;
}

/** An entity as declared: the entity itself and where each of its names is written. */
export interface EntityDeclaration {
  entity: Entity;
  /** The name first, then every alias. */
  names: NamePlace[];
  /**
   * Where an attribute's key is written, for "no rule reads this attribute".
   * Looked up only for an attribute a problem names: with 10,000 entities,
   * keeping every key's place cost a tenth of the loading, and their
   * objects stayed on the heap for the whole run.
   */
  attributeAt(attribute: string): Position;
}

/**
 * A facts file -> its entities. A file holds one entity, or several under
 * `entities:`; the form is chosen by that key, so that errors speak of the
 * form the author wrote rather than of both.
 */
export function parseFacts(text: string, file: string): Parsed<EntityDeclaration[]> {
  const { data, source, problems } = validateYaml<FactsFileInput>(
    (input) => (isRecord(input) && 'entities' in input ? entitiesFileSchema : entitySchema),
    text,
    file,
    { passes: passesFactsSchema },
  );
  if (!data) return { problems };
  const list: [EntityInput, YamlPath][] = 'entities' in data ? data.entities.map((e, i) => [e, ['entities', i]]) : [[data, []]];
  return { value: list.map(([input, path]) => toEntity(input, path, source)), problems };
}

/** One validated entity -> Entity, its statements keeping their places (rule examples' context facts use it too). */
export function toEntity(input: EntityInput, path: YamlPath, source: YamlSource): EntityDeclaration {
  const aliases = typeof input.aliases === 'string' ? [input.aliases] : (input.aliases ?? []);
  const facts: Record<string, Statement[]> = {};
  for (const [attribute, fact] of Object.entries(input.facts ?? {})) {
    const at = [...path, 'facts', attribute];
    if (Array.isArray(fact) && fact.every(isRecord)) {
      facts[attribute] = (fact as StatementInput[]).map((s, i) => toStatement(s, [...at, i], source));
    } else if (isRecord(fact)) {
      facts[attribute] = [toStatement(fact as StatementInput, at, source)];
    } else {
      const short: Statement = { value: fact as Statement['value'], declaredAt: source.positionOf(at) };
      const raw = source.numberSourceOf(at);
      if (raw !== undefined) short.raw = raw;
      facts[attribute] = [short];
    }
  }
  const aliasPath = (i: number): YamlPath => (typeof input.aliases === 'string' ? [...path, 'aliases'] : [...path, 'aliases', i]);
  return {
    entity: {
      id: input.entity, name: input.name, aliases, facts, declaredAt: source.positionOf([...path, 'entity']),
      ...(input.fiscalYearStart !== undefined && { fiscalYearStart: input.fiscalYearStart }),
    },
    names: [
      { name: input.name, declaredAt: source.positionOf([...path, 'name']) },
      ...aliases.map((name, i) => ({ name, declaredAt: source.positionOf(aliasPath(i)) })),
    ],
    attributeAt: (attribute) => source.keyPositionOf([...path, 'facts', attribute]),
  };
}

function toStatement(input: StatementInput, path: YamlPath, source: YamlSource): Statement {
  const statement: Statement = { value: input.value, declaredAt: source.positionOf([...path, 'value']) };
  const raw = source.numberSourceOf([...path, 'value']);
  if (raw !== undefined) statement.raw = raw;
  if (input.unit !== undefined) statement.unit = input.unit;
  if (input.asOf !== undefined) statement.asOf = String(input.asOf);
  if (input.from !== undefined) statement.from = String(input.from);
  if (input.until !== undefined) statement.until = String(input.until);
  if (input.period !== undefined) statement.period = parsePeriod(String(input.period));
  if (input.label !== undefined) statement.label = input.label;
  if (input.source !== undefined) statement.source = input.source;
  if (input.tolerance !== undefined) statement.tolerance = parseTolerance(input.tolerance);
  if (input.severity !== undefined) statement.severity = input.severity;
  return statement;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
