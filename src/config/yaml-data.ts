/**
 * A parsed YAML document -> plain data, in one pass without recursion, so
 * that no file, however hostile, can overflow the stack or expand without
 * bound. yaml's own `toJS` recurses, throws on an alias bomb or an alias
 * with no anchor instead of saying where, builds a circular object from
 * `&a [*a]`, and looks each alias up by walking the whole document again.
 * Here every such case is an author error at the place to fix.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node } from 'yaml';

/** Collections nested deeper than this are refused: no facts, rule or config file needs a tenth of it. */
export const MAX_DEPTH = 64;
/** Values an alias may add to a file, all aliases together (or as many as the file writes, when that is more). */
export const MAX_ALIASED_VALUES = 10_000;

export interface YamlDataProblem {
  offset: number;
  message: string;
}

export interface YamlData {
  data?: unknown;
  /** A problem that stops the reading (then `data` is undefined), or duplicate keys, all of them. */
  problems: YamlDataProblem[];
  /** The node each alias stands for, so positions are found without walking the document again. */
  targets: Map<Alias, Node>;
}

interface Frame {
  node: Node;
  /** Its key or index in the collection that holds it. */
  key: string | number;
  value: unknown;
  /** Values in this node and under it, aliases counted expanded. */
  size: number;
  depth: number;
  /** Children still to read, in order: [key, node] for a map, [index, node] for a list. */
  children: [string | number, Node | null][];
  next: number;
}

export function yamlData(doc: Document): YamlData {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const done = new Map<Node, { value: unknown; size: number }>();
  const open = new Set<Node>();
  const root = doc.contents as Node | null;
  if (root === null) return { data: null, problems: [], targets };
  const duplicates: YamlDataProblem[] = [];
  let own = 0;
  let aliased = 0;
  const fail = (node: Node | null, message: string): YamlData => ({ problems: [{ offset: node?.range?.[0] ?? 0, message }], targets });

  const stack: Frame[] = [];
  /** Reads a node: a scalar or alias at once, a collection by pushing a frame. Returns its value, or a problem. */
  const enter = (node: Node | null, key: string | number, depth: number): { value?: unknown; size?: number; problem?: YamlData } => {
    if (node === null) return { value: null, size: 1 };
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return { problem: fail(node, `alias *${node.source} has no anchor &${node.source} before it`) };
      if (open.has(target)) return { problem: fail(node, `alias *${node.source} is inside the value it names, so that value would never end`) };
      targets.set(node, target);
      const read = done.get(target)!;
      aliased += read.size;
      if (aliased > Math.max(MAX_ALIASED_VALUES, own)) {
        return { problem: fail(node, `aliases expand this file past ${Math.max(MAX_ALIASED_VALUES, own).toLocaleString('en')} values: an alias may repeat a value, not multiply the file`) };
      }
      return read;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    own++;
    if (isScalar(node)) {
      const read = { value: node.value, size: 1 };
      done.set(node, read);
      return read;
    }
    if (depth > MAX_DEPTH) return { problem: fail(node, `nested more than ${MAX_DEPTH} levels deep`) };
    if (isMap(node)) {
      const children: [string, Node | null][] = [];
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key !== null && !isScalar(key)) return { problem: fail(key, 'a key must be a word or quoted text, not a list or a mapping') };
        const name = key === null || key.value === null ? '' : String(key.value);
        // yaml's own check (uniqueKeys) compares each key with every other: quadratic in a long mapping.
        if (seen.has(name)) duplicates.push({ offset: key?.range?.[0] ?? node.range?.[0] ?? 0, message: `duplicate key ${JSON.stringify(name)}` });
        seen.add(name);
        children.push([name, pair.value as Node | null]);
      }
      open.add(node);
      stack.push({ node, key, value: {}, size: 1, depth, children, next: 0 });
      return {};
    }
    if (isSeq(node)) {
      open.add(node);
      stack.push({ node, key, value: [], size: 1, depth, children: node.items.map((item, i) => [i, item as Node | null]), next: 0 });
      return {};
    }
    return { problem: fail(node, 'a value of an unknown kind') };
  };

  let result: unknown;
  const first = enter(root, '', 1);
  if (first.problem) return first.problem;
  if (stack.length === 0) return { data: first.value, problems: [], targets };
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const [key, child] = frame.children[frame.next++];
      const read = enter(child, key, frame.depth + 1);
      if (read.problem) return read.problem;
      // A collection's frame is on top now: it is put in its parent when it ends.
      if (read.size !== undefined) {
        put(frame.value, key, read.value);
        frame.size += read.size;
      }
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    done.set(frame.node, { value: frame.value, size: frame.size });
    const parent = stack[stack.length - 1];
    if (!parent) result = frame.value;
    else {
      put(parent.value, frame.key, frame.value);
      parent.size += frame.size;
    }
  }
  return duplicates.length > 0 ? { problems: duplicates, targets } : { data: result, problems: [], targets };
}

/** Sets a key without letting `__proto__` or `constructor` change the object's prototype. */
function put(container: unknown, key: string | number, value: unknown): void {
  if (Array.isArray(container)) container[key as number] = value;
  else Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}
