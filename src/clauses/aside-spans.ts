/**
 * Where a pattern's gap may step over a whole clause: a relative clause
 * or an aside set off by two commas ("le chiffre d'affaires d'Acmé, qui
 * a racheté Cyclon en 2015, atteint", "Revenue, which the company watches
 * closely, rose 12% to"). Such a clause says something of the name
 * before it and leaves the sentence around it whole; its own figures,
 * times and negations stay its own, as the clause model says.
 */
import type { Token } from '../text/tokenize.js';
import type { ClauseMap } from './split-clauses.js';

/** For each comma that opens such a clause, the token after the comma that closes it; 0 elsewhere. */
export function asideSpans(tokens: Token[], map: ClauseMap): Int32Array {
  const skip = new Int32Array(tokens.length);
  for (const c of map.clauses) {
    if (c.kind !== 'relative' && c.kind !== 'aside') continue;
    const opening = c.start - 1;
    if (opening < 0 || tokens[opening].text !== ',' || tokens[c.end]?.text !== ',') continue;
    skip[opening] = c.end + 1;
  }
  return skip;
}
