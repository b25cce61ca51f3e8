/**
 * Whose time: a figure takes the times written in its own clause and in
 * the clauses that enclose it, never those of a relative clause, an aside
 * or a comparison beside it ("Acme, which acquired Cyclon in 2015,
 * employs 3,000 people" speaks of now). A comparison carries its own time
 * and lends it to no other figure; one with none of its own is not dated
 * by the sentence. Times written before the sentence's first figure frame
 * the clauses joined to theirs ("En 2019, le groupe emploie ... et
 * compte ..."); any other time goes to the nearest figure that may take it.
 */
import type { Mention } from '../claims/time.js';
import type { ClauseMap } from './split-clauses.js';
import { lowerBound } from '../lists.js';
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from '../lang/pack.js';

function mayTake(map: ClauseMap, figure: number, m: Mention, firstFigure: number): boolean {
  const own = map.at[figure];
  const where = map.at[Math.min(m.at, map.at.length - 1)];
  if (map.clauses[own].kind === 'comparison') return where === own;
  // "environ 550 salariés (fin 2021)": a parenthesis right after the figure dates it.
  const aside = map.clauses[where];
  if (aside.kind === 'parenthesis' && aside.parent === own && aside.start > figure && aside.start - figure <= 4) return true;
  // Depths are bounded so that hostile nesting ("(((...", "et ... et ...") keeps each question cheap.
  for (let c = own, depth = 0; c >= 0 && depth < MAX_DEPTH; c = map.clauses[c].parent, depth++) {
    if (where === c) return true;
    let j = map.clauses[c].continues;
    for (let hops = 0; j !== undefined && hops < MAX_DEPTH; j = map.clauses[j].continues, hops++) if (where === j && m.end <= firstFigure) return true;
  }
  return false;
}

const NEIGHBOURS = 4;
const MAX_DEPTH = 16;

/**
 * The times each figure (a token index) speaks of, from the sentence's time
 * mentions. `firstNumber`: where the frame ends, at the first figure unless
 * told earlier (0: no time frames a clause other than its own).
 */
export function clauseTimes(map: ClauseMap, times: Mention[], figures: number[], firstNumber = Infinity): (figure: number) => Mention[] {
  const sorted = [...new Set(figures)].sort((a, b) => a - b);
  const first = Math.min(sorted[0] ?? 0, firstNumber);
  const owner = new Map<Mention, number>();
  for (const m of times) {
    if (m.end <= first) continue;
    // The figures on either side, a few deep: bounded, so a sentence of many figures stays linear.
    const after = lowerBound(sorted, m.at);
    let best = -1;
    for (let k = Math.max(0, after - NEIGHBOURS); k < Math.min(sorted.length, after + NEIGHBOURS); k++) {
      const f = sorted[k];
      if (mayTake(map, f, m, first) && (best < 0 || Math.abs(f - m.at) < Math.abs(best - m.at))) best = f;
    }
    owner.set(m, best);
  }
  const byFigure = new Map<number, Mention[]>();
  const framing = times.filter((m) => m.end <= first);
  for (const [m, f] of owner) if (f >= 0) byFigure.set(f, [...(byFigure.get(f) ?? []), m]);
  return (figure) => [...framing.filter((m) => mayTake(map, figure, m, first)), ...(byFigure.get(figure) ?? [])];
}

/** True when the figure stands in a comparison that names no time of its own ("up from 1,200 a year earlier" read without its year). */
export function undatedComparison(map: ClauseMap, figure: number, own: Mention[]): boolean {
  return map.clauses[map.at[figure]].kind === 'comparison' && !own.some((m) => map.at[Math.min(m.at, map.at.length - 1)] === map.at[figure]);
}

/** How far back in its clause a figure looks for a word that says "now": "emploie désormais", "now employs". */
const NOW_LOOKBACK = 6;

/** True when the figure's own clause says "now" before it ("et emploie désormais 1 900 salariés"). */
function saysNow(tokens: Token[], map: ClauseMap, figure: number, pack: LanguagePack): boolean {
  for (let k = figure - 1; k >= 0 && k >= figure - NOW_LOOKBACK && map.at[k] === map.at[figure]; k--) if (pack.now.has(tokens[k].norm)) return true;
  return false;
}

/**
 * The times each figure speaks of, as clauseTimes reads them; a clause
 * that says "now" takes no time from another clause ("a recruté 250
 * personnes en 2024 et emploie désormais 1 900 salariés", "In 2022, Acme
 * hired 250 engineers and now employs 1,450 people" speak of now), while
 * one that does not keeps the sentence's frame ("... et comptait alors 1 200").
 */
export function figureTimes(tokens: Token[], map: ClauseMap, times: Mention[], figures: number[], pack: LanguagePack): (figure: number) => Mention[] {
  const framed = clauseTimes(map, times, figures);
  const unframed = clauseTimes(map, times, figures, 0);
  return (figure) => (saysNow(tokens, map, figure, pack) ? unframed : framed)(figure);
}
