/**
 * The other names of a list that a person claim opens: "fondée par Ada
 * Martin et Paul Durand", "founded by A, B and C"; and the partners a role
 * is shared with: "X, le cofondateur de la société avec Y", "X co-founded
 * Acme with Y". Each name is a claim of its own, so every founder named is
 * checked, not the first.
 */
import type { Token } from '../text/tokenize.js';
import type { SlotRead } from './slots/index.js';

/** Words that join the names of a list. */
const JOINERS = new Set([',', 'et', 'and', '&']);
/** Words that name who shares a role ("avec", "with", "aux côtés de"), folded, word by word. */
const PARTNERED: readonly (readonly string[])[] = [['avec'], ['with'], ['together', 'with'], ['alongside'], ['aux', 'cotes', 'de'], ['aux', 'cotes', "d'"]];

/** Words right after a partner's name that give the partner a role of their own ("avec Y comme président", "with Y as chairman", "with Y's backing"). */
const OWN_ROLE = new Set(['as', 'comme', 'en', 'au', 'a', "'s"]);

/** Lists longer than this are not read further: a bound that keeps the scan linear. */
const MAX_NAMES = 8;

/** A name that continues a list, with its token span. */
export interface ListedName {
  start: number;
  read: SlotRead;
}

/** An all-capitals first word ("CFO Paul Durand") is a title or an acronym, not the start of a name in the list. */
function opensWithAcronym(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return t.text.length > 1 && t.text === t.text.toUpperCase();
}

/**
 * The names that follow a person read up to token `end`, joined by commas,
 * "et", "and" or "&" ("A, B et C"; "A, and B"); `readPerson` reads a name at a token.
 */
export function namesAfter(tokens: Token[], end: number, readPerson: (at: number) => readonly SlotRead[]): ListedName[] {
  const out: ListedName[] = [];
  // A comma alone may end the clause ("Founded by A, B said..."): the list holds only up to its last "et" / "and".
  let closed = 0;
  let k = end;
  while (out.length < MAX_NAMES) {
    let at = k;
    let conjunction = false;
    while (at < k + 2 && JOINERS.has(tokens[at]?.norm ?? '')) conjunction ||= tokens[at++].norm !== ',';
    if (at === k || at >= tokens.length) break;
    const [read] = readPerson(at);
    if (!read || opensWithAcronym(tokens, at)) break;
    out.push({ start: at, read });
    if (conjunction) closed = out.length;
    k = read.end;
  }
  return out.slice(0, closed);
}

/**
 * The names that share the role a person claim ends on at token `at`:
 * "avec Y", "with Y and Z". Only right after the claim's words: after a
 * comma, "with" starts an aside of its own.
 */
export function partnersAfter(tokens: Token[], at: number, readPerson: (at: number) => readonly SlotRead[]): ListedName[] {
  for (const words of PARTNERED) {
    if (!words.every((w, k) => tokens[at + k]?.norm === w)) continue;
    const start = at + words.length;
    const [read] = start < tokens.length ? readPerson(start) : [];
    if (!read || opensWithAcronym(tokens, start) || OWN_ROLE.has(tokens[read.end]?.norm ?? '')) return [];
    return [{ start, read }, ...namesAfter(tokens, read.end, readPerson)];
  }
  return [];
}
