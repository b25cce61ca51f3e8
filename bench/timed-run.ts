/**
 * Runs one command as a child process and times it end to end, process
 * start included, as a user's shell would; collects its peak memory from
 * the preloaded peak-memory.mjs. Variants are timed in alternation, round
 * after round, and summarised by their median, so that a busy machine
 * slows them all alike rather than whichever ran during a burst.
 */
import { spawnSync } from 'node:child_process';

export interface Variant {
  name: string;
  args: string[];
  /** Run before each timed run, untimed (such as removing a cache). */
  before?: () => void;
}

export interface Timing {
  ms: number[];
  peakKb: number[];
  /** stdout of the last run. */
  stdout: string;
  status: number | null;
}

export function runOnce(cwd: string, variant: Variant, preload: string): { ms: number; peakKb: number; stdout: string; stderr: string; status: number | null } {
  variant.before?.();
  const t0 = performance.now();
  const out = spawnSync(process.execPath, ['--import', preload, ...variant.args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (out.error) throw out.error;
  return { ms, peakKb: peakOf(variant.name, String(out.output[3] ?? '')), stdout: out.stdout, stderr: out.stderr, status: out.status };
}

/** The one number peak-memory.mjs wrote; anything else is a broken measurement, never a 0. */
function peakOf(name: string, written: string): number {
  const kb = Number(written.trim());
  if (!/^\d+$/.test(written.trim()) || kb <= 0) throw new Error(`${name}: peak memory is not one number of kB (read ${JSON.stringify(written)})`);
  return kb;
}

/** Every variant once per round, in turn, after one untimed warm-up round (disk cache, code cache). */
export function alternate(cwd: string, variants: Variant[], rounds: number, preload: string, log: (line: string) => void): Map<string, Timing> {
  const timings = new Map<string, Timing>(variants.map((v) => [v.name, { ms: [], peakKb: [], stdout: '', status: null }]));
  for (let r = -1; r < rounds; r++) {
    for (const v of variants) {
      const run = runOnce(cwd, v, preload);
      if (run.status !== 0 && run.status !== 1) throw new Error(`${v.name} exited with ${run.status}:\n${run.stderr}`);
      const t = timings.get(v.name)!;
      t.stdout = run.stdout;
      t.status = run.status;
      if (r >= 0) {
        t.ms.push(run.ms);
        t.peakKb.push(run.peakKb);
      }
    }
    if (r >= 0) log(`round ${r + 1}/${rounds}: ${variants.map((v) => `${v.name} ${timings.get(v.name)!.ms[r].toFixed(0)} ms`).join(', ')}`);
  }
  return timings;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
