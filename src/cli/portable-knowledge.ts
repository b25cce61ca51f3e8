/**
 * The loaded knowledge, packed for the worker threads of a large check, so
 * that a worker does not read, parse and validate the config, facts and
 * rule files again after the main thread did: with 10,000 entities that
 * loading cost each worker about four times what unpacking does. Only what
 * a clone cannot carry (the alias automaton, the compiled rules and the
 * entity map) is rebuilt, from the same data in the same order, so the
 * worker's knowledge is the main thread's.
 */
import { deserialize, serialize } from 'node:v8';
import type { Knowledge } from '../check-article.js';
import { compileRules } from '../claims/rule-set.js';
import { AliasIndex } from '../entities/alias-index.js';
import type { Entity, Rule } from '../types.js';

export type PortableKnowledge = Omit<Knowledge, 'entities' | 'aliases' | 'ruleSet'> & {
  /** The entities in the order they were loaded: the alias automaton keeps the first entity to declare a name. */
  entities: Entity[];
  /** The rules the rule set was compiled from (those not turned off). */
  rules: Rule[];
};

/**
 * The knowledge as structured-clone bytes in shared memory: serialized once
 * however many workers read it, where passing the objects themselves
 * would serialize them again for each worker.
 */
export function packKnowledge(knowledge: Knowledge): Uint8Array {
  const { entities, aliases: _aliases, ruleSet, ...plain } = knowledge;
  const portable: PortableKnowledge = { ...plain, entities: [...entities.values()], rules: ruleSet.rules };
  const bytes = serialize(portable);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

/** The knowledge again; its rules compiled without problems in the thread that packed them, so they do here. */
export function unpackKnowledge(packed: Uint8Array): Knowledge {
  const { entities, rules, ...plain } = deserialize(packed) as PortableKnowledge;
  return {
    ...plain,
    entities: new Map(entities.map((e) => [e.id, e])),
    aliases: new AliasIndex(entities),
    ruleSet: compileRules(rules).ruleSet,
  };
}
