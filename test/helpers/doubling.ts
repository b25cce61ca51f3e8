/**
 * How much longer a job takes when its input doubles: about 2 when it is
 * linear, 4 when quadratic. The machine is shared, so each size is timed
 * several times in turns and the best time of each kept (noise only ever
 * adds time), and a ratio over the bound is measured again: noise comes
 * and goes, a quadratic cost does not.
 */

function timeOf(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export interface DoublingOptions {
  /** Timed runs of each size per attempt. */
  runs?: number;
  /** Attempts while the ratio stays at or over `bound`. */
  attempts?: number;
  bound?: number;
}

/**
 * time(make(2n)) / time(make(n)), the smallest over a few attempts. `make`
 * builds the input once per size (not timed); `run` is what is measured.
 */
export function doublingRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, options: DoublingOptions = {}): number {
  const { runs = 3, attempts = 3, bound = 3 } = options;
  const small = make(n);
  const large = make(2 * n);
  // Warm both sizes up, so that compiling the code is not measured.
  run(small);
  run(large);
  let best = Infinity;
  for (let attempt = 0; attempt < attempts && best >= bound; attempt++) {
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let r = 0; r < runs; r++) {
      bestSmall = Math.min(bestSmall, timeOf(() => run(small)));
      bestLarge = Math.min(bestLarge, timeOf(() => run(large)));
    }
    best = Math.min(best, bestLarge / Math.max(bestSmall, 0.01));
  }
  return best;
}
