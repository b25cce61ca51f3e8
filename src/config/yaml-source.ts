import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Alias, Document, Node, YAMLError } from 'yaml';
import type { AuthorError, Position } from '../types.js';
import { MAX_DEPTH, yamlData, type YamlData } from './yaml-data.js';

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
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  let doc: Document;
  try {
    doc = parseDocument(clean, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    return unreadable(file, `invalid YAML: ${(error as Error).message}`);
  }
  const problems: AuthorError[] = [
    ...doc.errors.map((e) => ({ ...at(e.pos[0]), message: `invalid YAML: ${yamlMessage(e)}`, level: 'error' as const })),
    ...doc.warnings.map((e) => ({ ...at(e.pos[0]), message: `YAML: ${e.message}`, level: 'warning' as const })),
  ];
  const read: YamlData = problems.some((p) => p.level === 'error') ? { problems: [], targets: new Map() } : yamlData(doc);
  for (const p of read.problems) problems.push({ ...at(p.offset), message: `invalid YAML: ${p.message}`, level: 'error' });
  const start = (node: Node | null | undefined): Position => at(node?.range?.[0] ?? 0);
  const locate = (path: YamlPath): Located => walk(doc, path, read.targets);
  return {
    file,
    data: read.data,
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

/** A file the YAML parser itself gave up on: one error at its start, nothing else to point at. */
function unreadable(file: string, message: string): YamlSource {
  const start: Position = { file, line: 1, column: 1 };
  return {
    file,
    data: undefined,
    problems: [{ ...start, message, level: 'error' }],
    positionOf: () => start,
    keyPositionOf: () => start,
    numberSourceOf: () => undefined,
  };
}

/** yaml's wording, except where it would speak of its own call stack. */
function yamlMessage(error: YAMLError): string {
  // yaml reports a stack overflow while reading nested collections under this code.
  if (error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)) return `nested too deeply to read (at most ${MAX_DEPTH} levels)`;
  return error.message;
}

function walk(doc: Document, path: YamlPath, targets: Map<Alias, Node>): Located {
  const resolve = (node: Node | null): Node | null => (isAlias(node) ? (targets.get(node) ?? node) : node);
  let node = resolve(doc.contents as Node | null);
  let key: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { node: null, key: null };
      key = pair.key as Node;
      node = resolve(pair.value as Node | null);
    } else if (isSeq(node) && typeof segment === 'number') {
      key = null;
      node = resolve((node.items[segment] as Node | undefined) ?? null);
    } else {
      return { node: null, key: null };
    }
  }
  return { node, key };
}
