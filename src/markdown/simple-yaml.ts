/**
 * A fast path for the front matter nearly every article has: one
 * `key: value` per line, plain or simply quoted scalars and flat `[a, b]`
 * lists. Anything else (nesting, block scalars, anchors, escapes, a
 * duplicate key) returns undefined and the full YAML parser reads it, so
 * the fast path never accepts what YAML would reject. Parsing a small
 * document with the full parser costs about a tenth of parsing the whole
 * Markdown article; this costs next to nothing.
 */

export interface SimplePair {
  key: string;
  /** The value as YAML 1.2's core schema types it. */
  value: unknown;
  /** Offset of the value in the text. */
  at: number;
}

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+|$)/;
const NUMBER = /^[-+]?(?:\d+|\d*\.\d+|\d+\.\d*)(?:[eE][-+]?\d+)?$/;
const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

function plainScalar(text: string): unknown {
  if (text === '' || text === '~' || /^(?:null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (NUMBER.test(text)) return Number(text);
  return text;
}

/** A scalar as written after a key, or undefined when it is not one the fast path knows. */
function scalar(text: string): { value: unknown } | undefined {
  if (text.startsWith('"')) {
    return /^"[^"\\]*"$/.test(text) ? { value: text.slice(1, -1) } : undefined;
  }
  if (text.startsWith("'")) {
    return /^'[^']*'$/.test(text) ? { value: text.slice(1, -1) } : undefined;
  }
  if (PLAIN_BAD_START.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) return undefined;
  return { value: plainScalar(text) };
}

function flowList(text: string): { value: unknown[] } | undefined {
  if (!/^\[[^[\]{}]*\]$/.test(text)) return undefined;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return { value: [] };
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = scalar(part.trim());
    if (!item || part.trim() === '') return undefined;
    items.push(item.value);
  }
  return { value: items };
}

export function readSimpleYaml(text: string): SimplePair[] | undefined {
  const pairs: SimplePair[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/\r$/, '');
    if (/^\s*(?:#.*)?$/.test(trimmed)) continue;
    const key = KEY.exec(trimmed);
    if (!key || seen.has(key[1])) return undefined;
    seen.add(key[1]);
    let rest = trimmed.slice(key[0].length);
    // A comment after the value, as YAML reads it: whitespace then #.
    const comment = /[ \t]+#.*$/.exec(rest);
    if (comment && !rest.startsWith('"') && !rest.startsWith("'")) rest = rest.slice(0, comment.index);
    rest = rest.trimEnd();
    const value = rest.startsWith('[') ? flowList(rest) : scalar(rest);
    if (!value) return undefined;
    pairs.push({ key: key[1], value: value.value, at: lineStart + key[0].length });
  }
  return pairs;
}
