/**
 * Helpers for text that ends up on a terminal. Article text flows into
 * messages, so it must never be able to move the cursor, recolour the
 * screen or break a one-line row: control characters are neutralised here,
 * in one place, for every human-readable reporter.
 */

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** One line of printable text: breaks become spaces, other controls U+FFFD. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\uFFFD');
}

/** Width in code points, so that accented letters do not skew the columns. */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

export function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}

export type Style = 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline';

const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

export type Paint = (text: string, ...styles: Style[]) => string;

/** A painter that is the identity when colours are off, so callers never branch. */
export function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    styles.reduce((out, style) => `\u001b[${CODES[style][0]}m${out}\u001b[${CODES[style][1]}m`, text);
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
