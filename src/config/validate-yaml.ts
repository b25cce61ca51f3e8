import type * as z from 'zod';
import type { AuthorError } from '../types.js';
import { readPlainYaml } from './plain-yaml.js';
import { salvage } from './salvage.js';
import { readYaml } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';
import { expectedText, zodProblems } from './zod-problems.js';

/** What every parser gets back from the shared first step. */
export interface Validated<T> {
  /**
   * The checked data. When the schema fails, the part of it that passes
   * (see salvage), so that callers can look for the author's other mistakes;
   * `problems` then holds an error, and the run stops after reporting.
   */
  data?: T;
  source: YamlSource;
  problems: AuthorError[];
}

export interface ValidateOptions {
  /** The data of a file that holds nothing (`{}` for an empty config). */
  whenEmpty?: unknown;
  /**
   * A quicker check that accepts only data the schema passes unchanged;
   * when it says no, the schema decides, so only its speed depends on it.
   */
  passes?: (data: unknown) => boolean;
}

/**
 * YAML text -> data that matches the schema, or every problem with its place.
 * `schema` may be chosen from the data, for files with more than one form.
 * Syntax errors stop here: checking the shape of a half-read file would only
 * add noise to the one error the author has to fix first.
 * A file in plain YAML that passes the schema is read by the fast reader
 * alone; any other file, and any file with a problem, by the full parser,
 * so that every message and its place are the full parser's.
 */
export function validateYaml<T>(
  schema: z.ZodType<T> | ((data: unknown) => z.ZodType<T>),
  text: string,
  file: string,
  { whenEmpty, passes }: ValidateOptions = {},
): Validated<T> {
  const plain = readPlainYaml(text, file);
  if (plain) {
    if (passes?.(plain.data)) return { data: plain.data as T, source: plain, problems: [] };
    const chosen = typeof schema === 'function' ? schema(plain.data) : schema;
    const result = chosen.safeParse(plain.data);
    if (result.success) return { data: result.data, source: plain, problems: [] };
  }
  const source = readYaml(text, file);
  const problems = [...source.problems];
  if (problems.some((p) => p.level === 'error')) return { source, problems };
  const input = source.data == null && whenEmpty !== undefined ? whenEmpty : source.data;
  const chosen = typeof schema === 'function' ? schema(input) : schema;
  const result = chosen.safeParse(input, { error: expectedText });
  if (!result.success) {
    const failed = { source, problems: [...problems, ...zodProblems(result.error.issues, source)] };
    const salvaged = salvage(chosen, input, result.error.issues);
    return salvaged === undefined ? failed : { ...failed, data: salvaged };
  }
  return { data: result.data, source, problems };
}

/** The shape every parser returns: a value, salvaged when the file holds errors (then in `problems`). */
export interface Parsed<T> {
  value?: T;
  problems: AuthorError[];
}
