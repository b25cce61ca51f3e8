import type * as z from 'zod';
import type { AuthorError } from '../types.js';
import { closestKey, describeValue, orList, withPath } from './issue-text.js';
import type { YamlPath, YamlSource } from './yaml-source.js';
import { minOf } from '../lists.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const KNOWN_KEYS = 'known keys:';

/**
 * The parse-time error map: turns zod's generic issues into the "expected ..."
 * half of a message. Schemas that know better set their own `error`, which
 * zod prefers. For unknown keys it passes the known keys on, so that the
 * problem can suggest the one the author meant.
 */
export function expectedText(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value':
      return `expected ${orList(issue.values)}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      return `${KNOWN_KEYS}${Object.keys(shape ?? {}).join(',')}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'expected a non-empty string';
      return `expected a number ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected a number ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected text in the format ${issue.format}`;
    default:
      return 'expected a valid value';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** Every zod issue, however deep in a union, as a problem at its place in the YAML file. */
export function zodProblems(issues: readonly Issue[], source: YamlSource): AuthorError[] {
  const problems = issues.flatMap((i) => resolveUnions(i, [])).flatMap((i) => toProblems(i, source));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function toProblems(issue: Issue, source: YamlSource): AuthorError[] {
  const error = (position: { file: string; line: number; column: number }, message: string): AuthorError => ({
    file: position.file,
    line: position.line,
    column: position.column,
    message,
    level: 'error',
  });
  const path = issue.path as YamlPath;
  if (issue.code === 'unrecognized_keys') {
    const known = issue.message.startsWith(KNOWN_KEYS) ? issue.message.slice(KNOWN_KEYS.length).split(',') : [];
    return issue.keys.map((key) => {
      const guess = closestKey(key, known);
      const hint = guess ? `, did you mean "${guess}"?` : known.length ? ` (expected ${orList(known)})` : '';
      return error(source.keyPositionOf([...path, key]), withPath(path, `unknown key "${key}"${hint}`));
    });
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0]?.message ?? 'expected a valid key';
    const key = path[path.length - 1];
    return [error(source.keyPositionOf(path), withPath(path, `${inner}, got ${describeValue(String(key))}`))];
  }
  const value = valueAt(source.data, path);
  if (value === undefined && path.length > 0) {
    const parent = path.slice(0, -1);
    return [error(source.positionOf(parent), withPath(parent, `missing required key "${String(path[path.length - 1])}"`))];
  }
  const got = value == null && path.length === 0 ? 'an empty file' : describeValue(value);
  const at = value === null ? source.keyPositionOf(path) : source.positionOf(path);
  return [error(at, withPath(path, `${issue.message}, got ${got}`))];
}

/**
 * zod reports a failed union as every branch's issues. The branch the author
 * meant is the one that got furthest before meeting a value of the wrong
 * kind; when every branch fails on the value itself, the union's own message
 * ("expected a number, a string or a list of strings") says it best.
 */
function resolveUnions(issue: Issue, base: PropertyKey[]): Issue[] {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union') return [{ ...issue, path }];
  const branches = issue.errors.map((branch) => branch.flatMap((i) => resolveUnions(i, path)));
  let best: Issue[] | undefined;
  let bestDepth = -1;
  for (const branch of branches) {
    const depth = minOf(branch.filter((i) => i.code === 'invalid_type').map((i) => i.path.length - path.length));
    if (depth > bestDepth || (depth === bestDepth && best && branch.length < best.length)) {
      best = branch;
      bestDepth = depth;
    }
  }
  return !best || bestDepth <= 0 ? [{ ...issue, path }] : best;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
