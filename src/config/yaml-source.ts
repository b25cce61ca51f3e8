import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { AuthorError, Position } from '../types.js';

/** A path into parsed YAML, as zod reports it: keys and list indices. */
export type YamlPath = readonly PropertyKey[];

/**
 * A parsed YAML file that still knows where every value was written, so that
 * an error found in the plain data can be pinned back to `file:line:col`.
 */
export interface YamlSource {
  file: string;
  /** The plain data, or undefined when the text is not valid YAML. */
  data: unknown;
  /** Syntax errors, duplicate keys and YAML warnings, already positioned. */
  problems: AuthorError[];
  /** Where the value at `path` is written; for a missing key, where its mapping starts. */
  positionOf(path: YamlPath): Position;
  /** Where the key `path[last]` of a mapping is written (for unknown or badly named keys). */
  keyPositionOf(path: YamlPath): Position;
  /** A number exactly as written ("275.3e6"), so findings quote the facts file rather than a float. */
  numberSourceOf(path: YamlPath): string | undefined;
}

interface Located {
  node: Node | null;
  key: Node | null;
}

/**
 * Parses with the YAML 1.2 core schema, so `275.3e6` is a number and
 * `2019-01-04` stays a string; every syntax error becomes a positioned problem.
 */
export function readYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const clean = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(clean, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  const problems: AuthorError[] = [
    ...doc.errors.map((e) => ({ ...at(e.pos[0]), message: `invalid YAML: ${yamlMessage(e, clean)}`, level: 'error' as const })),
    ...doc.warnings.map((e) => ({ ...at(e.pos[0]), message: `YAML: ${e.message}`, level: 'warning' as const })),
  ];
  const start = (node: Node | null | undefined): Position => at(node?.range?.[0] ?? 0);
  const locate = (path: YamlPath): Located => walk(doc, path);
  return {
    file,
    data: doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 1000 }),
    problems,
    positionOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const found = locate(path.slice(0, depth));
        if (found.node) return start(found.node);
      }
      return start(undefined);
    },
    keyPositionOf(path) {
      const found = locate(path);
      return found.key ? start(found.key) : this.positionOf(path);
    },
    numberSourceOf(path) {
      const { node } = locate(path);
      return isScalar(node) && typeof node.value === 'number' && node.range ? clean.slice(node.range[0], node.range[1]) : undefined;
    },
  };
}

/** yaml's wording, except for duplicate keys, which say which key. */
function yamlMessage(error: YAMLError, text: string): string {
  if (error.code !== 'DUPLICATE_KEY') return error.message;
  const key = /^(.+?)\s*:(?:\s|$)/.exec(text.slice(error.pos[0]).split('\n')[0])?.[1];
  return key ? `duplicate key ${/^["']/.test(key) ? key : `"${key}"`}` : error.message;
}

function walk(doc: Document, path: YamlPath): Located {
  let node = resolve(doc, doc.contents as Node | null);
  let key: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { node: null, key: null };
      key = pair.key as Node;
      node = resolve(doc, pair.value as Node | null);
    } else if (isSeq(node) && typeof segment === 'number') {
      key = null;
      node = resolve(doc, (node.items[segment] as Node | undefined) ?? null);
    } else {
      return { node: null, key: null };
    }
  }
  return { node, key };
}

function resolve(doc: Document, node: Node | null): Node | null {
  return isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? node) : node;
}
