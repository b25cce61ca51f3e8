/**
 * How close is close enough: the contract's table, one row per way a
 * figure is written. F is the fact, X the figure as written.
 *
 * - decimals ("275,3 millions"): F rounds to X at the stated digits;
 * - a whole figure ("2 200"): within half a unit of X's last non-zero
 *   digit, never more than `approximate` (5%) of X;
 * - about: within `approximate` of X, or the row above if wider;
 * - at least / at most: F >= X / F <= X, less / plus the row above's rounding;
 * - a range: F within it, each end with its own rounding.
 *
 * A tolerance (the statement's, else the rule's) widens every row to at
 * least that much and never narrows one.
 */
import type { Figure, FigureEnd, Tolerance } from '../types.js';

/** The default share of `approximate:`. */
export const DEFAULT_APPROXIMATE = 0.05;

export interface Closeness {
  agrees: boolean;
  /** The interval F had to fall in, as [low, high], for explain. */
  low: number;
  high: number;
}

/** The rounding the digits of one end state: exact for decimals, capped for a whole figure. */
function rounding(end: FigureEnd, approximate: number): number {
  return end.decimals ? end.precision : Math.min(end.precision, Math.abs(end.value) * approximate);
}

function allowance(t: Tolerance | undefined, fact: number): number {
  if (!t) return 0;
  return t.kind === 'relative' ? Math.abs(fact) * t.amount : t.amount;
}

/** Whether fact F agrees with the figure, under the table, the tolerance and `approximate`. */
export function closeEnough(figure: Figure, fact: number, tolerance: Tolerance | undefined, approximate = DEFAULT_APPROXIMATE): Closeness {
  const widen = (slack: number) => Math.max(slack, allowance(tolerance, fact));
  const x = figure.value;
  let low: number;
  let high: number;
  switch (figure.qualifier) {
    case 'about': {
      const slack = widen(Math.max(Math.abs(x) * approximate, rounding(figure, approximate)));
      [low, high] = [x - slack, x + slack];
      break;
    }
    case 'atLeast':
      [low, high] = [x - widen(rounding(figure, approximate)), Infinity];
      break;
    case 'atMost':
      [low, high] = [-Infinity, x + widen(rounding(figure, approximate))];
      break;
    case 'range': {
      const upper = figure.upper ?? figure;
      [low, high] = [x - widen(rounding(figure, approximate)), upper.value + widen(rounding(upper, approximate))];
      break;
    }
    default: {
      const slack = widen(rounding(figure, approximate));
      [low, high] = [x - slack, x + slack];
    }
  }
  // A small epsilon absorbs floating-point noise (275.3 * 1e6), so the edges of each row hold.
  const eps = Math.max(Math.abs(fact), Math.abs(x)) * 1e-9;
  return { agrees: fact >= low - eps && fact <= high + eps, low, high };
}
