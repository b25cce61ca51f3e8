/**
 * A large check spread over worker threads. The main thread has loaded the
 * project already and checks too; each worker is handed what it loaded
 * (see portable-knowledge.ts), rebuilds the little that cannot be packed,
 * and joins in. Articles are claimed one at a time from a counter the
 * threads share, and every outcome is put back at its article's index, so
 * that the result is the one a single thread gives, in the same order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../check-article.js';
import { checkOneFile, withoutReport, type FileOutcome } from '../check.js';
import type { Host } from '../host.js';
import { packKnowledge } from './portable-knowledge.js';

/** Below this many articles to check, a worker's start and its rebuilding of the knowledge cost more than they save (measured by `npm run bench`). */
export const MIN_ARTICLES_PER_THREAD = 60;
/** Runners and CI machines have 2 to 4 cores; past 4, memory grows faster than time shrinks. */
const MAX_THREADS = 4;

export interface PoolJob {
  cwd: string;
  files: string[];
  /** What the main thread loaded, packed (see portable-knowledge.ts). */
  knowledge: Uint8Array;
  /** Index of the next article to claim, shared by every thread. */
  counter: Int32Array;
}

export type PoolReply = { outcomes: [number, FileOutcome][] } | { error: string };

/** What the pool is sized from: the cores, and how many are busy (the 1-minute load average; 0 where the system gives none). */
export interface Machine {
  cores: number;
  load: number;
}

const thisMachine = (): Machine => ({ cores: availableParallelism(), load: loadavg()[0] });

/**
 * Threads for `articles` articles: as asked, else one per idle core (this
 * process's own counted idle), 4 at most, and none a small run would not
 * repay. On a machine already busy with other work, more threads only
 * compete for the same cores.
 */
export function threadsFor(articles: number, asked?: number, machine: Machine = thisMachine()): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, articles));
  const idle = Math.max(1, machine.cores - Math.floor(machine.load) + 1);
  return Math.max(1, Math.min(MAX_THREADS, machine.cores, idle, Math.floor(articles / MIN_ARTICLES_PER_THREAD)));
}

/** The worker's bundled entry beside this bundle; absent when running from source, and then the check stays in one thread. */
function workerEntry(): URL | undefined {
  const url = new URL('./check-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** For tests: another worker entry, and whether this thread checks too (else the workers check every article). */
export interface PoolSetup {
  entry?: URL;
  mainChecks?: boolean;
}

/** Checks `files` on `threads` threads (this one included); each outcome without its verdicts, which only explain needs. */
export async function checkInThreads(
  job: Omit<PoolJob, 'counter' | 'knowledge'>,
  host: Host,
  knowledge: Knowledge,
  threads: number,
  setup: PoolSetup = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(job.files.length);
  const entry = threads > 1 ? (setup.entry ?? workerEntry()) : undefined;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workerData: PoolJob | undefined = entry && { ...job, counter, knowledge: packKnowledge(knowledge) };
  const workers = entry ? Array.from({ length: threads - 1 }, () => new Worker(entry, { workerData })) : [];
  if (setup.mainChecks === false && workers.length > 0) {
    await Promise.all(replies(workers, outcomes));
    return outcomes;
  }
  const waiting = replies(workers, outcomes);
  for (let i = Atomics.add(counter, 0, 1); i < job.files.length; i = Atomics.add(counter, 0, 1)) {
    outcomes[i] = withoutReport(checkOneFile(job.files[i], host, knowledge));
  }
  await Promise.all(waiting);
  return outcomes;
}

/** One promise per worker: settled when its outcomes are in `outcomes`; the worker is stopped either way. */
function replies(workers: Worker[], outcomes: FileOutcome[]): Promise<void>[] {
  return workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.once('message', (reply: PoolReply) => {
          if ('error' in reply) reject(new Error(reply.error));
          else {
            for (const [i, outcome] of reply.outcomes) outcomes[i] = outcome;
            resolve();
          }
        });
        worker.once('error', reject);
        // After a reply, settling again does nothing; without one, the thread died.
        worker.once('exit', (code) => reject(new Error(`a check thread stopped with code ${code} before replying`)));
      }).finally(() => worker.terminate()),
  );
}
