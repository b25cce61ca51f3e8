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
import { resolvePlain, scalarAt } from './plain-yaml-scalars.js';
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
 * Offsets of a container's children: for a list, one per item (and one
 * more for a flow list); for a mapping, the key's then the value's, in the
 * order of `keys`.
 */
interface Offsets {
  at: number[];
  keys?: string[];
}

class PlainReader {
  private readonly lines: PlainLines;
  private readonly offsets = new Map<object, Offsets>();

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
    if (lines.peek()) throw new Unsupported();
    const walk = (path: YamlPath) => this.walk(data, rootAt, path);
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

  /** The deepest value `path` reaches: its offset, its key's offset (-1 for an item) and whether it reached the end. */
  private walk(data: unknown, rootAt: number, path: YamlPath) {
    let node = data;
    let value = rootAt;
    let key = -1;
    let inFlow = false;
    for (const segment of path) {
      const offsets = typeof node === 'object' && node !== null ? this.offsets.get(node) : undefined;
      if (!offsets) return { value, key, node, inFlow, whole: false };
      if (Array.isArray(node)) {
        if (typeof segment !== 'number' || segment >= node.length) return { value, key, node, inFlow, whole: false };
        inFlow = offsets.at.length > node.length;
        key = -1;
        value = offsets.at[segment];
        node = node[segment];
      } else {
        const index = offsets.keys?.indexOf(String(segment)) ?? -1;
        if (index < 0) return { value, key, node, inFlow, whole: false };
        key = offsets.at[2 * index];
        value = offsets.at[2 * index + 1];
        node = (node as Record<string, unknown>)[String(segment)];
        inFlow = false;
      }
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
    const offsets: Offsets = { at: [], keys: [] };
    this.offsets.set(out, offsets);
    const { lines, text } = this;
    while (lines.peek() && lines.indent >= indent) {
      if (lines.indent > indent || lines.isItem()) throw new Unsupported();
      KEY.lastIndex = lines.start;
      const key = KEY.exec(text);
      if (!key || NOT_A_KEY.test(key[1]) || Object.hasOwn(out, key[1])) throw new Unsupported();
      const after = lines.start + key[0].length;
      offsets.keys!.push(key[1]);
      offsets.at.push(lines.start);
      const rest = text.slice(after, lines.end);
      lines.advance();
      if (rest === '' || rest.startsWith('#')) out[key[1]] = this.nested(indent, offsets, true);
      else {
        offsets.at.push(after);
        out[key[1]] = this.inline(rest, after);
      }
    }
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const offsets: Offsets = { at: [] };
    this.offsets.set(out, offsets);
    const { lines, text } = this;
    while (lines.peek() && lines.indent >= indent) {
      if (lines.indent > indent) throw new Unsupported();
      if (!lines.isItem()) break;
      let start = lines.start + 1;
      while (text.charCodeAt(start) === 32) start++;
      if (start >= lines.end || text.charCodeAt(start) === 35) {
        lines.advance();
        out.push(this.nested(indent, offsets, false));
        continue;
      }
      offsets.at.push(start);
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
    }
    return out;
  }

  /** The value of a key or item written on the lines below it; a list may sit at its key's own indent. */
  private nested(indent: number, offsets: Offsets, underKey: boolean): unknown {
    const { lines } = this;
    if (!lines.peek() || !(lines.indent > indent || (underKey && lines.indent === indent && lines.isItem()))) throw new Unsupported();
    offsets.at.push(lines.start);
    return this.block(lines.indent);
  }

  /** A value written on its key's line: a scalar or a one-line flow list. */
  private inline(rest: string, offset: number): unknown {
    if (!rest.startsWith('[')) return this.scalar(rest, false);
    const close = rest.indexOf(']');
    if (close < 0 || /[[{]/.test(rest.slice(1, close)) || !/^\]\s*(?:#.*)?$/.test(rest.slice(close))) throw new Unsupported();
    const items: unknown[] = [];
    // One more offset than items marks a flow list, whose plain scalars end at a comma.
    const offsets: Offsets = { at: [] };
    this.offsets.set(items, offsets);
    const body = rest.slice(0, close);
    let i = 1;
    while (i < body.length) {
      while (body[i] === ' ') i++;
      if (i >= body.length) break;
      const item = scalarAt(body.slice(i), true);
      if (!item) throw new Unsupported();
      offsets.at.push(offset + i);
      items.push(this.scalar(body.slice(i), true));
      i += item.length;
      while (body[i] === ' ') i++;
      if (i < body.length && body[i++] !== ',') throw new Unsupported();
    }
    offsets.at.push(offset + close);
    return items;
  }

  private scalar(rest: string, inFlow: boolean): unknown {
    const scalar = scalarAt(rest, inFlow);
    if (!scalar) throw new Unsupported();
    if (scalar.quoted) return scalar.text;
    const value = resolvePlain(scalar.text);
    if (value === undefined) throw new Unsupported();
    return value;
  }
}
