// Preloaded with `node --import` into every timed process: at exit, writes
// the process's peak resident memory (kB) to file descriptor 3, which the
// benchmark reads, so that the measured program is left unchanged. Worker
// threads inherit the preload but stay silent: their own 'exit' would add a
// second line, and the process's peak already counts every thread.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    try {
      writeSync(3, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // Run without the benchmark's extra pipe: nothing to report to.
    }
  });
}
