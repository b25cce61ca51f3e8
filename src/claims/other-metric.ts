/**
 * A money figure whose noun another word turns into a different metric or
 * a part of the whole: "underlying recurring revenue up 10% to €300
 * million", "subscription revenue", "le chiffre d'affaires récurrent",
 * "les revenus d'abonnement". The figure is read, as any other, but a
 * careful editor would not hold it against the total, so it is not judged.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/index.js';

/** Words that make the revenue word a complement: "cost of sales", "coût des ventes", "marge sur ventes". */
const OF = new Set(['of', 'de', 'des', 'du', "d'", 'sur']);

/** How many words before the pattern's first word may qualify its noun: "underlying recurring revenue". */
const BEFORE = 2;

export interface OtherMetricInput {
  tokens: Token[];
  pack: LanguagePack;
  matchStart: number;
  figureStart: number;
  /** True for a literal word of the patterns ("chiffre", "d'", "affaires", "revenue"): the noun the modifier follows. */
  isLiteral: (token: number) => boolean;
  /** True for tokens of the figure's own clause. */
  inClause: (token: number) => boolean;
}

/** The reason the figure is another metric, or undefined when its noun stands alone. */
export function otherMetric({ tokens, pack, matchStart, figureStart, isLiteral, inClause }: OtherMetricInput): string | undefined {
  // A hyphenated modifier is read whole: "end-user", "like-for-like".
  const word = (k: number) => (k >= 2 && tokens[k - 1].text === '-' && !tokens[k - 1].spaced && !tokens[k].spaced ? `${tokens[k - 2].norm}-${tokens[k].norm}` : tokens[k].norm);
  // A capital inside the sentence is a name's ("Draaria Cloud posted revenue", "Acme International"), not a modifier.
  const modifier = (k: number) => !tokens[k].cap || k === 0;
  const found = (k: number) => k >= 0 && k < figureStart && inClause(k) && modifier(k) && (pack.otherMetrics.has(tokens[k].norm) || pack.otherMetrics.has(word(k)));
  // "cost of sales was", "le coût des ventes atteint", "la marge sur coûts des ventes": the figure is the head noun's.
  const of = tokens[matchStart - 1];
  const head = tokens[matchStart - 2];
  if (of && head && OF.has(of.norm) && inClause(matchStart - 2) && pack.metricHeads.has(head.norm)) return `another metric ("${head.text} ${of.text} ${tokens[matchStart].text}")`;
  for (let k = matchStart - 1; k >= matchStart - BEFORE; k--) {
    if (found(k)) return `another metric ("${tokens[k].text} ${tokens[matchStart].text}")`;
  }
  // French puts the modifier after the noun: "chiffre d'affaires récurrent", "revenus d'abonnement".
  let k = matchStart;
  while (k < figureStart && isLiteral(k)) k++;
  if (k > matchStart && found(k)) return `another metric ("${tokens[matchStart].text} ... ${tokens[k].text}")`;
  return undefined;
}
