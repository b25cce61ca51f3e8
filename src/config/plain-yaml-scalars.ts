/**
 * One-line scalars of plain YAML, read as the YAML 1.2 core schema reads
 * them (the schema `yaml` uses): `275.3e6` and `1999` are numbers,
 * `2019-01-04` stays a string. A scalar this reader is not sure of
 * (escapes, octal, hex, infinities, a plain scalar that holds `: `) is
 * undefined, and the full parser reads the file instead.
 */

export interface Scalar {
  /** The value's text: unquoted, with `''` read as `'`. */
  text: string;
  quoted: boolean;
  /** Characters the scalar takes in the line, quotes included. */
  length: number;
}

const INDICATOR = /^[[\]{}#&*!|>'"%@`,?:]/;

/**
 * A plain scalar that is all of `rest`: words one space apart, that start
 * with no indicator and hold no comment, colon, comma or bracket. Most
 * values of a facts file are; one pattern tells so, where the general
 * reading below takes five.
 */
const WHOLE_PLAIN = /^[^\s[\]{}#&*!|>'"%@`,?:-][^\s#:,[\]{}]*(?: [^\s#:,[\]{}]+)*$/;

/**
 * The scalar that starts `rest`. Outside a flow list, only a comment may
 * follow it; inside one, it ends at the next comma.
 */
export function scalarAt(rest: string, inFlow: boolean): Scalar | undefined {
  if (WHOLE_PLAIN.test(rest)) return { text: rest, quoted: false, length: rest.length };
  const first = rest[0];
  if (first === '"' || first === "'") {
    const quoted = first === '"' ? doubleQuoted(rest) : singleQuoted(rest);
    if (!quoted) return undefined;
    const after = rest.slice(quoted.length);
    if (inFlow ? !/^\s*(?:,|$)/.test(after) : !/^(?:\s+#.*|\s*)$/.test(after)) return undefined;
    return quoted;
  }
  if (INDICATOR.test(rest) || rest.startsWith('- ')) return undefined;
  let end = rest.length;
  const comment = rest.search(/\s#/);
  if (comment >= 0) end = comment;
  if (inFlow) {
    const comma = rest.indexOf(',');
    if (comma >= 0 && comma < end) end = comma;
  }
  const text = rest.slice(0, end).trimEnd();
  if (text === '' || /:(?:\s|$)/.test(text) || (inFlow && /[[\]{}]/.test(text))) return undefined;
  return { text, quoted: false, length: text.length };
}

function doubleQuoted(rest: string): Scalar | undefined {
  const close = rest.indexOf('"', 1);
  if (close < 0 || rest.slice(1, close).includes('\\')) return undefined;
  return { text: rest.slice(1, close), quoted: true, length: close + 1 };
}

function singleQuoted(rest: string): Scalar | undefined {
  let text = '';
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] !== "'") text += rest[i];
    else if (rest[i + 1] === "'") text += "'", i++;
    else return { text, quoted: true, length: i + 1 };
  }
  return undefined;
}

/** First characters of every null, boolean, number and special value below. */
const MAY_RESOLVE = /^[~nNtTfF0-9+.-]/;
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;

/**
 * A plain scalar's value under the core schema, or undefined when this reader
 * leaves it to the full parser. Most scalars of a facts file are names: one
 * whose first character can start no null, boolean, number or special value
 * is text without trying the patterns.
 */
export function resolvePlain(text: string): unknown {
  if (!MAY_RESOLVE.test(text)) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (SPECIAL.test(text)) return undefined;
  if (INT.test(text) || FLOAT.test(text)) return Number(text);
  return text;
}
