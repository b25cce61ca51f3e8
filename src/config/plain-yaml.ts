/**
 * A fast reader for the plain YAML that facts files are written in: block
 * mappings and sequences, plain and quoted one-line scalars, one-line flow
 * lists of scalars, comments. It keeps, for each mapping and list, where
 * its keys and values are written, so that `positionOf` is a short lookup
 * rather than a walk of yaml's document tree; loading 10,000 entities with
 * the full parser cost more than checking a thousand articles. Anything
 * outside that subset (anchors, tags, block scalars, multi-line scalars,
 * escapes, flow mappings, duplicate keys, tabs, documents...) returns
 * undefined and the full parser reads the file: the two agree on every file
 * this one accepts (test/config/plain-yaml.test.ts compares them).
 */
import type { Position } from '../types.js';
import type { YamlPath, YamlSource } from './yaml-source.js';
import { resolvePlain, scalarAt, type Scalar } from './plain-yaml-scalars.js';
import { PlainLines } from './plain-yaml-lines.js';

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
export class Unsupported extends Error {}

const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/my;
const NOT_A_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|__proto__)$/;

export function readPlainYaml(text: string, file: string): YamlSource | undefined {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/[\t\r]|^(?:---|\.\.\.|%)/m.test(clean)) return undefined;
  try {
    return new PlainReader(clean, file).source();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Offsets of a container's children, each followed by the child's own
 * Offsets (null for a scalar): for a mapping, its key's offset, its value's,
 * then the value's Offsets, in the order of its keys (the order they are
 * written: no key of this subset looks like an array index, so none is moved
 * first); for a list, each item's offset then its Offsets, and one offset
 * more for a flow list (where it closes). The offsets travel beside the data
 * rather than in a map from each container: with 10,000 entities, keeping
 * them in a map cost more than reading the text.
 */
type Offsets = (number | Offsets | null)[];

/** Where a path leads: its value's offset, its key's (-1 for an item), and whether the whole path was found. */
interface Reached {
  value: number;
  key: number;
  node: unknown;
  inFlow: boolean;
  whole: boolean;
}

/** One step of a walk: the segment taken (none for the root) and where it led. */
interface Step {
  segment: PropertyKey | undefined;
  node: unknown;
  offsets: Offsets | null;
  value: number;
  key: number;
  inFlow: boolean;
}

class PlainReader {
  private readonly lines: PlainLines;
  /** The Offsets of the container the last call made, or null when it made a scalar; read by its caller at once. */
  private made: Offsets | null = null;
  /** The steps of the last walk, the root's first: where each segment of its path led. */
  private readonly trail: Step[] = [];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = new PlainLines(text);
  }

  source(): YamlSource {
    const { lines } = this;
    if (!lines.peek()) throw new Unsupported();
    const rootAt = lines.start;
    const data = this.block(lines.indent);
    this.trail.push({ segment: undefined, node: data, offsets: this.made, value: rootAt, key: -1, inFlow: false });
    if (lines.peek()) throw new Unsupported();
    const walk = (path: YamlPath) => this.walk(path);
    return {
      file: this.file,
      data,
      problems: [],
      positionOf: (path) => this.position(walk(path).value),
      keyPositionOf: (path) => {
        const found = walk(path);
        return this.position(found.whole && found.key >= 0 ? found.key : found.value);
      },
      numberSourceOf: (path) => {
        const found = walk(path);
        if (!found.whole || typeof found.node !== 'number') return undefined;
        const eol = this.text.indexOf('\n', found.value);
        return scalarAt(this.text.slice(found.value, eol < 0 ? undefined : eol), found.inFlow)?.text;
      },
    };
  }

  /**
   * The deepest value `path` reaches. Callers ask for the places of one
   * entity's values one after another, so the walk resumes from the longest
   * prefix it shares with the previous path instead of from the root.
   */
  private walk(path: YamlPath): Reached {
    const { trail } = this;
    let depth = 0;
    while (depth < path.length && depth + 1 < trail.length && trail[depth + 1].segment === path[depth]) depth++;
    trail.length = depth + 1;
    let { node, offsets, value, key, inFlow } = trail[depth];
    for (; depth < path.length; depth++) {
      const segment = path[depth];
      if (!offsets) return { value, key, node, inFlow, whole: false };
      if (Array.isArray(node)) {
        if (typeof segment !== 'number' || segment >= node.length) return { value, key, node, inFlow, whole: false };
        inFlow = offsets.length > 2 * node.length;
        key = -1;
        value = offsets[2 * segment] as number;
        offsets = offsets[2 * segment + 1] as Offsets | null;
        node = node[segment];
      } else {
        const index = keyIndex(node as Record<string, unknown>, String(segment));
        if (index < 0) return { value, key, node, inFlow, whole: false };
        key = offsets[3 * index] as number;
        value = offsets[3 * index + 1] as number;
        offsets = offsets[3 * index + 2] as Offsets | null;
        node = (node as Record<string, unknown>)[String(segment)];
        inFlow = false;
      }
      trail.push({ segment, node, offsets, value, key, inFlow });
    }
    return { value, key, node, inFlow, whole: true };
  }

  private position(offset: number): Position {
    const { line, column } = this.lines.lineAndColumn(offset);
    return { file: this.file, line, column };
  }

  /** The mapping or sequence whose lines start at `indent` (the current line is its first). */
  private block(indent: number): unknown {
    return this.lines.isItem() ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const offsets: Offsets = [];
    const { lines, text } = this;
    while (lines.peek() && lines.indent >= indent) {
      if (lines.indent > indent || lines.isItem()) throw new Unsupported();
      KEY.lastIndex = lines.start;
      const key = KEY.exec(text);
      if (!key || NOT_A_KEY.test(key[1]) || Object.hasOwn(out, key[1])) throw new Unsupported();
      const after = lines.start + key[0].length;
      offsets.push(lines.start);
      const rest = text.slice(after, lines.end);
      lines.advance();
      if (rest === '' || rest.startsWith('#')) out[key[1]] = this.nested(indent, offsets, true);
      else {
        offsets.push(after);
        out[key[1]] = this.inline(rest, after);
      }
      offsets.push(this.made);
    }
    this.made = offsets;
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const offsets: Offsets = [];
    const { lines, text } = this;
    while (lines.peek() && lines.indent >= indent) {
      if (lines.indent > indent) throw new Unsupported();
      if (!lines.isItem()) break;
      let start = lines.start + 1;
      while (text.charCodeAt(start) === 32) start++;
      if (start >= lines.end || text.charCodeAt(start) === 35) {
        lines.advance();
        out.push(this.nested(indent, offsets, false));
        offsets.push(this.made);
        continue;
      }
      offsets.push(start);
      if (text.charCodeAt(start) === 45 && (start + 1 === lines.end || text.charCodeAt(start + 1) === 32)) throw new Unsupported();
      KEY.lastIndex = start;
      if (KEY.test(text)) {
        // "- key: value": a mapping whose keys line up with this first one.
        lines.enter(start);
        out.push(this.block(lines.indent));
      } else {
        const rest = text.slice(start, lines.end);
        lines.advance();
        out.push(this.inline(rest, start));
      }
      offsets.push(this.made);
    }
    this.made = offsets;
    return out;
  }

  /** The value of a key or item written on the lines below it; a list may sit at its key's own indent. */
  private nested(indent: number, offsets: Offsets, underKey: boolean): unknown {
    const { lines } = this;
    if (!lines.peek() || !(lines.indent > indent || (underKey && lines.indent === indent && lines.isItem()))) throw new Unsupported();
    offsets.push(lines.start);
    return this.block(lines.indent);
  }

  /** A value written on its key's line: a scalar or a one-line flow list. */
  private inline(rest: string, offset: number): unknown {
    if (!rest.startsWith('[')) {
      this.made = null;
      return this.scalar(scalarAt(rest, false));
    }
    const close = rest.indexOf(']');
    if (close < 0 || /[[{]/.test(rest.slice(1, close)) || !/^\]\s*(?:#.*)?$/.test(rest.slice(close))) throw new Unsupported();
    const items: unknown[] = [];
    const offsets: Offsets = [];
    const body = rest.slice(0, close);
    let i = 1;
    while (i < body.length) {
      while (body[i] === ' ') i++;
      if (i >= body.length) break;
      const item = scalarAt(body.slice(i), true);
      offsets.push(offset + i, null);
      items.push(this.scalar(item));
      i += item!.length;
      while (body[i] === ' ') i++;
      if (i < body.length && body[i++] !== ',') throw new Unsupported();
    }
    // One more offset than items marks a flow list, whose plain scalars end at a comma.
    offsets.push(offset + close);
    this.made = offsets;
    return items;
  }

  private scalar(scalar: Scalar | undefined): unknown {
    if (!scalar) throw new Unsupported();
    if (scalar.quoted) return scalar.text;
    const value = resolvePlain(scalar.text);
    if (value === undefined) throw new Unsupported();
    return value;
  }
}

/** The rank of `name` among a mapping's keys, or -1. */
function keyIndex(mapping: Record<string, unknown>, name: string): number {
  if (!Object.hasOwn(mapping, name)) return -1;
  let index = 0;
  for (const key in mapping) {
    if (key === name) return index;
    index++;
  }
  return -1;
}
