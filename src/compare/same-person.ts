/**
 * Whether two ways of writing a person's name name the same person. Names
 * compare without case, accents, hyphens or the German sharp s ("Weiß" =
 * "Weiss", "Jean-Charles" = "Jean Charles"); an initial matches the name it
 * stands for ("J.-C. Dupont" = "Jean-Charles Dupont"); a surname alone, or
 * a name without a middle name, matches the fuller form. Precision first:
 * when one form could be a shortening of the other, they are the same.
 */
import { foldText } from '../text/fold.js';

/** The parts of a name, folded: "J.-C. Weiß" -> ["j", "c", "weiss"]. */
export function nameParts(name: string): string[] {
  return foldText(name)
    .replace(/ß/g, 'ss')
    .split(/[\s\-\u2010\u2011\u2013.]+/)
    .filter(Boolean);
}

const isInitial = (part: string) => part.length === 1;

/**
 * True when every part of `short` matches, in order, a part of `long`, a part
 * of `long` left out only before its last one (a middle name), and the last
 * parts (the surname) matching each other in full.
 */
function shortens(short: string[], long: string[]): boolean {
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const last = i === short.length - 1;
    for (;;) {
      if (j >= long.length) return false;
      const part = long[j];
      const matches = last ? j === long.length - 1 && short[i] === part : short[i] === part || (isInitial(short[i]) && part.startsWith(short[i]));
      if (matches) break;
      // Only a given or middle name may be left out, never the surname.
      if (last ? j >= long.length - 1 : j >= long.length - 2) return false;
      j++;
    }
    j++;
  }
  return j === long.length && !isInitial(short[short.length - 1]);
}

export function samePerson(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  return (x.length <= y.length && shortens(x, y)) || (y.length <= x.length && shortens(y, x));
}
