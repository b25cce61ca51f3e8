/**
 * The claim pattern language, declarative and free of raw regular
 * expressions:
 *
 *   words          matched token by token, any case, with or without accents
 *   {count}        a typed slot: entity, year, date, count, money, percent, person, place
 *   (a|b c)        one of several alternatives
 *   [words]        optional words
 *   ...            a gap of up to eight words, never across clause punctuation or a conjunction
 *   word*          any word that starts with `word` ("employ*": employs, employed)
 *
 * A pattern compiles to a finite automaton without loops, so matching it
 * is linear in the length of the text whatever the text holds.
 */
import { tokenize } from '../text/tokenize.js';
import { isSlotName, type SlotName } from './slots/index.js';
import { appendAll } from '../lists.js';

export type PatternNode =
  | { kind: 'word'; norm: string; prefix: boolean; /** As written, lowercased (accents kept). */ lower: string }
  | { kind: 'slot'; name: SlotName }
  | { kind: 'gap'; max: number }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'opt'; node: PatternNode };

export const GAP_MAX = 8;
/** Brackets nested deeper than this are refused: the parser and the compiler recurse once per level. */
export const MAX_NESTING = 16;

export class PatternError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Parses a pattern; throws PatternError with the offset of the problem. */
export function parsePattern(source: string): PatternNode {
  let pos = 0;

  function literal(text: string, at: number): PatternNode[] {
    const items: PatternNode[] = [];
    for (const t of tokenize(text)) {
      const starred = text[t.end] === '*';
      if (t.text === '*') continue;
      if (t.text === '\uFFFC') throw new PatternError('a pattern cannot contain U+FFFC', at + t.start);
      const node: PatternNode = { kind: 'word', norm: t.norm, prefix: starred && t.kind === 'word', lower: t.text.toLowerCase() };
      // Hyphens are optional: "président-directeur" also matches "président directeur".
      items.push(t.text === '-' ? { kind: 'opt', node } : node);
    }
    return items;
  }

  function sequence(closers: string): PatternNode {
    const items: PatternNode[] = [];
    let textStart = pos;
    const flush = () => {
      if (pos > textStart) appendAll(items, literal(source.slice(textStart, pos), textStart));
    };
    while (pos < source.length && !closers.includes(source[pos])) {
      const ch = source[pos];
      if (ch === '{' || ch === '(' || ch === '[' || source.startsWith('...', pos) || ch === '…') {
        flush();
        items.push(atom());
        textStart = pos;
      } else if (ch === '}' || ch === ')' || ch === ']' || ch === '|') {
        throw new PatternError(`unexpected "${ch}"`, pos);
      } else pos++;
    }
    flush();
    return items.length === 1 ? items[0] : { kind: 'seq', items };
  }

  let depth = 0;

  function alternatives(close: string): PatternNode {
    const open = pos - 1;
    if (++depth > MAX_NESTING) throw new PatternError(`brackets nested more than ${MAX_NESTING} deep`, open);
    const options = [sequence(`|${close}`)];
    while (source[pos] === '|') {
      pos++;
      options.push(sequence(`|${close}`));
    }
    if (source[pos] !== close) throw new PatternError(`"${source[open]}" is never closed`, open);
    pos++;
    depth--;
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  function atom(): PatternNode {
    const ch = source[pos];
    if (ch === '{') {
      const end = source.indexOf('}', pos);
      if (end < 0) throw new PatternError('"{" is never closed', pos);
      const name = source.slice(pos + 1, end).trim();
      if (!isSlotName(name)) {
        throw new PatternError(`unknown slot {${name}}: expected one of {entity}, {year}, {date}, {count}, {money}, {percent}, {person}, {place}`, pos);
      }
      pos = end + 1;
      return { kind: 'slot', name };
    }
    if (ch === '(') {
      pos++;
      return alternatives(')');
    }
    if (ch === '[') {
      pos++;
      return { kind: 'opt', node: alternatives(']') };
    }
    pos += ch === '…' ? 1 : 3;
    return { kind: 'gap', max: GAP_MAX };
  }

  const node = sequence('');
  if (pos < source.length) throw new PatternError(`unexpected "${source[pos]}"`, pos);
  return node;
}
