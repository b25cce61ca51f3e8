/**
 * `npm run bench`: a full check as a user runs it (`factlint check` as a
 * fresh process, facts loading included) on a generated news corpus,
 * against the floor any Markdown linter pays: a bare unified + remark-parse
 * + front matter parse of the same files, with factlint's GFM (no autolink
 * literals) and with full GFM. Every variant is its own process, timed in
 * alternating rounds; the medians are compared. It also scores its own
 * findings against what the corpus planted, checks that every other run
 * (10,000 entities, one thread, the cache) gives the same findings, each
 * pointing at where its own facts declare the value, and exits 1, with the
 * list, when any of that fails.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltinRules } from '../src/cli/builtin-rules.js';
import { createNodeHost } from '../src/cli/node-host.js';
import { makeCorpus } from './corpus.js';
import { readingStats } from './reading-stats.js';
import { findingDifferences, wrongFactPlaces, type ReportedFinding } from './same-findings.js';
import { describeScore, scoreFindings } from './score.js';
import { alternate, median, type Variant } from './timed-run.js';
import { CONFIGS, writeCorpus } from './write-corpus.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const root = process.cwd();
const dir = join(root, '.bench/corpus');
const cli = join(root, 'dist/cli.js');
const preload = join(root, 'bench/peak-memory.mjs');
const log = (line: string) => console.log(line);

const small = makeCorpus(ARTICLES, 10);
const large = makeCorpus(ARTICLES, 10000);
writeCorpus(dir, small, large);
const words = small.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / ARTICLES;
const stats = readingStats(small, createNodeHost(dir), CONFIGS.small, readBuiltinRules(root));

const check = (config: string, ...more: string[]) => [cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never', ...more];
const cacheFile = join(dir, '.factlintcache');
const variants: Variant[] = [
  { name: 'parse (factlint GFM)', args: [join(root, '.bench/bare-parse.mjs'), 'prose'] },
  { name: 'parse (full GFM)', args: [join(root, '.bench/bare-parse.mjs'), 'gfm'] },
  { name: 'check, 10 entities', args: check(CONFIGS.small) },
  { name: 'check, 10,000 entities', args: check(CONFIGS.large) },
  { name: 'check, 10,000 entity files', args: check(CONFIGS.files) },
  { name: 'check, 10,000 entities, 1 thread', args: check(CONFIGS.large, '--concurrency', '1') },
  { name: 'check --cache, first run', args: check(CONFIGS.large, '--cache', '--cache-location', cacheFile), before: () => rmSync(cacheFile, { force: true }) },
  { name: 'check --cache, second run', args: check(CONFIGS.large, '--cache', '--cache-location', cacheFile) },
];
log(`corpus: ${ARTICLES} articles (half French, half English), ${words.toFixed(0)} words each on average; ${ROUNDS} alternating rounds`);
const t = alternate(dir, variants, ROUNDS, preload, log);
const ms = (name: string) => median(t.get(name)!.ms);
const peak = (name: string) => Math.max(...t.get(name)!.peakKb) / 1024;

const findingsOf = (name: string) => JSON.parse(t.get(name)!.stdout) as ReportedFinding[];
const findings = findingsOf('check, 10 entities');
const score = scoreFindings(small.plants, findings);
const readText = (file: string) => readFileSync(join(dir, file), 'utf8');
const checks = variants.filter((v) => v.name.startsWith('check')).map((v) => v.name);
const differences = checks.flatMap((name) => [
  ...findingDifferences(findings, findingsOf(name)).map((line) => `${name}: ${line}`),
  ...wrongFactPlaces(findingsOf(name), readText).map((line) => `${name}: ${line}`),
]);

const parseProse = ms('parse (factlint GFM)');
const parseGfm = ms('parse (full GFM)');
const check10 = ms('check, 10 entities');
const check10k = ms('check, 10,000 entities');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
log('');
log(`guard pass rate (sentences reaching the tokenizer): ${pct(stats.admitted, stats.sentences)} of ${stats.sentences}`);
log(`planted contradictions found: ${score.found} of ${score.planted}; false findings: ${score.falseFindings.length}; planted agreeing claims read as consistent: ${stats.agreementsRead} of ${stats.agreements}`);
log('median wall time, process start included (peak memory):');
for (const v of variants) log(`  ${v.name.padEnd(36)} ${ms(v.name).toFixed(0).padStart(6)} ms  (${peak(v.name).toFixed(0)} MB)`);
log(`articles per second (check, 10,000 entities):  ${((ARTICLES / check10k) * 1000).toFixed(0)}`);
log(`check, 10,000 entities / parse, factlint GFM:  ${ratio(check10k, parseProse)}`);
log(`check, 10,000 entities / parse, full GFM:      ${ratio(check10k, parseGfm)}   (target 1.2x)`);
log(`check, 10,000 entities / check, 10 entities:   ${ratio(check10k, check10)}   (target 1.15x)`);
log(`check, 10,000 entity files / check, 10:        ${ratio(ms('check, 10,000 entity files'), check10)}`);
log(`check --cache, second run / first run:         ${ratio(ms('check --cache, second run'), ms('check --cache, first run'))}   (target 0.3x)`);

const problems = [...describeScore(score), ...differences];
// A passing run leaves no list of problems behind from an earlier, failing one.
rmSync(join(root, '.bench/problems.txt'), { force: true });
if (problems.length > 0) {
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench/problems.txt'), problems.join('\n') + '\n');
  console.error(`\nFAILED: ${problems.length} problems (all of them in .bench/problems.txt):`);
  console.error(problems.slice(0, 40).join('\n'));
  process.exitCode = 1;
}
