import type * as z from 'zod';
import type { YamlPath } from './yaml-source.js';

/** Enough for every key of a file to go, one retry each, on the files authors write. */
const MAX_TRIES = 64;

/**
 * Data that failed its schema -> the largest part of it that passes, found
 * by dropping the keys zod complains about (or, when a key is required, the
 * nearest key above it that is not in a list, so list indices keep pointing
 * at the YAML they came from). The salvaged data is never used to check
 * articles, only to look for the author's other mistakes (a duplicate id, a
 * value of the wrong type, a glob that matches nothing), so that one run
 * reports them all instead of one stage at a time.
 */
export function salvage<T>(schema: z.ZodType<T>, input: unknown, issues: readonly z.core.$ZodIssue[]): T | undefined {
  let data = structuredClone(input);
  let pending = issues;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const paths = pending.flatMap(removablePaths);
    if (paths.length === 0) return undefined;
    let removed = false;
    for (const path of paths) removed = remove(data, path) || removed;
    if (!removed) return undefined;
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    pending = result.error.issues;
    data = structuredClone(data);
  }
  return undefined;
}

/** The keys one issue asks to drop: the unknown keys themselves, else the key at (or above) the issue. */
function removablePaths(issue: z.core.$ZodIssue): YamlPath[] {
  const path = issue.path as YamlPath;
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...path, key]);
  return [path];
}

/** Drops the key at `path`, or the nearest one above it that is a mapping's key; false when there is none. */
function remove(data: unknown, path: YamlPath): boolean {
  for (let depth = path.length; depth > 0; depth--) {
    const key = path[depth - 1];
    if (typeof key === 'number') continue;
    const parent = at(data, path.slice(0, depth - 1));
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
    if (!Object.hasOwn(parent, key)) continue;
    delete (parent as Record<PropertyKey, unknown>)[key];
    return true;
  }
  return false;
}

function at(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
