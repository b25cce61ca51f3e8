/**
 * `factlint check` as the command line runs it: the project loaded once
 * (or recalled from the cache), the articles of the asked shard, each
 * answered from the cache when its bytes and everything else are unchanged,
 * the rest checked on as many threads as the run is worth. Findings and
 * problems come out in the order a plain single-threaded check gives them.
 */
import { resolve } from 'node:path';
import type { CheckOptions, CheckResult, RunStats } from '../check-types.js';
import { checkBuffer, checkOneFile, withoutReport, type FileOutcome } from '../check.js';
import { sortFindings } from '../findings/to-finding.js';
import type { Knowledge } from '../check-article.js';
import { addCorpusFindings, gapsByReading } from '../check-corpus.js';
import type { GapClaim } from '../corpus/gap-claims.js';
import { inShard } from '../select-shard.js';
import type { CheckRun } from './args.js';
import { ArticleCache, sha256 } from './article-cache.js';
import { checkInThreads, threadsFor } from './check-pool.js';
import { projectForRun } from './project-recall.js';

export async function checkForCli(options: CheckOptions, run: CheckRun, version: string): Promise<CheckResult> {
  const { host, cwd } = options;
  const rules = options.builtinRules.map((r) => `${r.file}\u0000${sha256(r.text)}`).join('\n');
  const cache = run.cache ? ArticleCache.load(resolve(cwd, run.cache), sha256(`${version}\n${rules}`)) : undefined;
  const project = projectForRun(options, cache);
  if (!('knowledge' in project)) return { findings: [], problems: project.problems, articles: [] };
  const files = run.shard ? project.files.filter((file) => inShard(file, run.shard!)) : project.files;
  const outcomes: FileOutcome[] = new Array(files.length);
  const pending: number[] = [];
  const hashes: string[] = [];
  const buffers: (Buffer | undefined)[] = [];
  if (cache) {
    files.forEach((file, i) => {
      const buffer = readOrUndefined(host, file);
      const hit = buffer && cache.get(file, (hashes[i] = sha256(buffer)));
      if (hit) outcomes[i] = hit;
      else {
        buffers[i] = buffer;
        pending.push(i);
      }
    });
  } else {
    files.forEach((_, i) => pending.push(i));
  }

  const threads = threadsFor(pending.length, run.concurrency);
  if (threads > 1) {
    const threaded = await checkInThreads({ cwd, files: pending.map((i) => files[i]) }, host, project.knowledge(), threads);
    pending.forEach((i, k) => (outcomes[i] = threaded[k]));
  } else {
    for (const i of pending) outcomes[i] = buffers[i] ? checkBuffer(files[i], buffers[i]!, project.knowledge()) : checkOneFile(files[i], host, project.knowledge());
  }
  if (cache) {
    for (const i of pending) {
      if (hashes[i] !== undefined) cache.set(files[i], hashes[i], withoutReport(outcomes[i]));
    }
  }
  const findings = sortFindings(outcomes.flatMap((o) => o.findings));
  const withCorpus =
    options.corpus === false
      ? findings
      : addCorpusFindings(
          {
            enabled: project.corpusConsistency,
            checked: new Map(files.map((file, i) => [file, outcomes[i].gaps ?? []])),
            corpusFiles: options.corpus?.files ?? project.corpusFiles,
            separateCorpus: options.corpus !== undefined,
            gapsOf: (file) => (options.corpus ? gapsByReading(options.corpus.host, file, project.knowledge()) : corpusGaps(file, host, project.knowledge, cache)),
            sourceOf: (file) => readOrUndefined(host, file)?.toString('utf8'),
          },
          findings,
        );
  cache?.save();
  return {
    findings: withCorpus,
    problems: [...project.problems, ...outcomes.flatMap((o) => o.problems)],
    articles: outcomes.flatMap((o) => (o.report ? [o.report] : [])),
    stats: statsOf(outcomes, project.entities),
  };
}

/**
 * A corpus article outside this run (another shard, or not named on the
 * command line): its gap claims from the cache while its bytes are
 * unchanged, else by checking it, which the cache then keeps.
 */
function corpusGaps(file: string, host: CheckOptions['host'], knowledge: () => Knowledge, cache: ArticleCache | undefined): readonly GapClaim[] {
  const buffer = readOrUndefined(host, file);
  if (!buffer) return [];
  const hash = cache && sha256(buffer);
  const hit = hash ? cache.get(file, hash) : undefined;
  if (hit?.gaps) return hit.gaps;
  const outcome = checkBuffer(file, buffer, knowledge());
  if (cache && hash) cache.set(file, hash, withoutReport({ ...outcome, gaps: outcome.gaps ?? [] }));
  return outcome.gaps ?? [];
}

/** What the run read, counted as a plain check counts it: articles that could be read, and their claims. */
function statsOf(outcomes: readonly FileOutcome[], entities: number): RunStats {
  const read = outcomes.filter((o) => o.claims !== undefined);
  return { files: read.length, claims: read.reduce((sum, o) => sum + o.claims!, 0), entities };
}

/** A file's bytes, or undefined when it cannot be read: the check then reports why. */
function readOrUndefined(host: CheckOptions['host'], file: string): Buffer | undefined {
  try {
    return host.readFile(file);
  } catch {
    return undefined;
  }
}
