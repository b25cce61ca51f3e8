/**
 * A worker thread of a large check (bundled as dist/check-worker.js). It
 * rebuilds the knowledge the main thread loaded and handed it, then claims
 * articles one at a time from the counter all threads share, so that a
 * slow article never leaves a thread idle, and sends back each claimed
 * article's findings and problems by its index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkOneFile, withoutReport } from '../check.js';
import { createNodeHost } from './node-host.js';
import type { PoolJob, PoolReply } from './check-pool.js';
import { unpackKnowledge } from './portable-knowledge.js';

function run(job: PoolJob): PoolReply {
  const host = createNodeHost(job.cwd);
  const knowledge = unpackKnowledge(job.knowledge);
  const outcomes: PoolReply = { outcomes: [] };
  for (let i = Atomics.add(job.counter, 0, 1); i < job.files.length; i = Atomics.add(job.counter, 0, 1)) {
    outcomes.outcomes.push([i, withoutReport(checkOneFile(job.files[i], host, knowledge))]);
  }
  return outcomes;
}

parentPort?.postMessage(run(workerData as PoolJob));
