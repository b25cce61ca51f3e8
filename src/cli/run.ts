import { relative, resolve, sep } from 'node:path';
import type { ArticleReport, CheckOptions, CheckResult, RuleSource } from '../check-types.js';
import type { Host } from '../host.js';
import { formatExplain } from '../reporters/explain.js';
import { formatGithub, formatGithubProblems } from '../reporters/github.js';
import { formatJson } from '../reporters/json.js';
import { formatProblems } from '../reporters/problems.js';
import { formatRuleTests } from '../reporters/rule-tests.js';
import { formatSarif } from '../reporters/sarif.js';
import { formatText } from '../reporters/text.js';
import { testRules } from '../rules-test/test-rules.js';
import type { Finding, Severity } from '../types.js';
import { parseCliArgs, USAGE, type CheckRun, type Command, type FailOn } from './args.js';
import { allProblems } from './all-problems.js';
import { runFacts } from './facts-command.js';
import { STARTER_FILES } from './init-files.js';
import { mergeJson, mergeSarif, type MergeInput } from '../reporters/merge-reports.js';
import type { PackageInfo } from './package-root.js';

/** What the CLI may touch of the process, passed in so tests need no child process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: the only case where output may be coloured. */
  isTTY?: boolean;
}

/** Everything the CLI calls beyond its own arguments. */
export interface CliDeps {
  /** `run` comes from `check`'s own options (cache, shard, threads); without it, every verdict is kept, for explain and facts. */
  check(options: CheckOptions, run?: CheckRun): CheckResult | Promise<CheckResult>;
  /** Text of a file named on the command line (`merge`), relative to `cwd`; undefined when absent. */
  readText?(cwd: string, path: string): string | undefined;
  createHost(cwd: string): Host;
  builtinRules(): RuleSource[];
  packageInfo(): PackageInfo;
  /** Writes a file relative to `cwd` unless one exists there: `init` never overwrites. */
  writeNewFile(cwd: string, path: string, text: string): 'written' | 'kept';
}

export type ExitCode = 0 | 1 | 2;

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * argv -> check -> reporter -> exit code. The one place that catches: a
 * thrown error is a bug in factlint, printed as a crash with its stack and
 * kept apart from author errors, which arrive as data with their place.
 */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<ExitCode> {
  try {
    const parsed = parseCliArgs(argv);
    if (!parsed.ok) {
      io.stderr(`factlint: ${parsed.error}\nRun 'factlint --help' for usage.\n`);
      return 2;
    }
    return await runCommand(parsed.command, io, deps);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`factlint crashed: ${detail}\nThis is a bug in factlint, not in your files: please report it with the lines above.\n`);
    return 2;
  }
}

async function runCommand(command: Command, io: CliIo, deps: CliDeps): Promise<ExitCode> {
  switch (command.name) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(`${deps.packageInfo().version}\n`);
      return 0;
    case 'check':
      return runCheck(command, io, deps);
    case 'explain':
      return runExplain(command, io, deps);
    case 'facts':
      return runFacts(command, io, deps);
    case 'test-rules':
      return runTestRules(command, io, deps);
    case 'init':
      return runInit(io, deps);
    case 'merge':
      return runMerge(command, io, deps);
  }
}

async function runCheck(command: Extract<Command, { name: 'check' }>, io: CliIo, deps: CliDeps): Promise<ExitCode> {
  const result = await check(io, deps, command.config, command.paths.length > 0 ? command.paths : undefined, command.run);
  const problems = allProblems(result);
  const broken = problems.some((p) => p.level === 'error');
  const { findings } = result;

  switch (command.format) {
    case 'github':
      io.stdout(formatGithubProblems(problems) + formatGithub(findings));
      break;
    case 'json':
    case 'sarif':
    case 'text': {
      io.stderr(formatProblems(problems));
      if (command.format === 'json') io.stdout(formatJson(findings));
      else if (command.format === 'sarif') {
        const info = deps.packageInfo();
        io.stdout(formatSarif(findings, { version: info.version, informationUri: info.homepage }));
      } else if (findings.length > 0 || !broken) {
        io.stdout(formatText(findings, { color: useColor(command.noColor, io) }));
      }
    }
  }
  if (broken) return 2;
  return failed(findings, command.failOn) ? 1 : 0;
}

async function runExplain(command: Extract<Command, { name: 'explain' }>, io: CliIo, deps: CliDeps): Promise<ExitCode> {
  const result = await check(io, deps, command.config, [command.file]);
  const problems = allProblems(result);
  io.stderr(formatProblems(problems));
  const broken = problems.some((p) => p.level === 'error');
  const report = findReport(result.articles, command.file, io.cwd);
  if (!report) {
    if (!broken) io.stderr(`factlint: ${command.file} is not an article that the configuration checks\n`);
    return 2;
  }
  const source = deps.createHost(io.cwd).readFile(report.file)?.toString('utf8') ?? '';
  io.stdout(formatExplain(report, source, { color: useColor(command.noColor, io) }));
  return broken ? 2 : 0;
}

/** Exit 2 on a bad rule file, 1 when an example fails, else 0. */
function runTestRules(command: Extract<Command, { name: 'test-rules' }>, io: CliIo, deps: CliDeps): ExitCode {
  const options: Parameters<typeof testRules>[0] = { cwd: io.cwd, host: deps.createHost(io.cwd), builtinRules: deps.builtinRules() };
  if (command.config !== undefined) options.configPath = command.config;
  if (command.paths.length > 0) options.paths = command.paths;
  const result = testRules(options);
  io.stderr(formatProblems(result.problems));
  io.stdout(formatRuleTests(result));
  if (result.problems.some((p) => p.level === 'error')) return 2;
  return result.failures.length > 0 ? 1 : 0;
}

/** Writes each starter file that does not exist yet, and says which it kept. */
function runInit(io: CliIo, deps: CliDeps): ExitCode {
  for (const { path, text } of STARTER_FILES) {
    const outcome = deps.writeNewFile(io.cwd, path, text);
    io.stdout(outcome === 'written' ? `wrote ${path}\n` : `kept ${path}: it already exists\n`);
  }
  io.stdout("\nNext: replace the example facts and rule with your own, set OWNER in the workflow, then run 'factlint test-rules' and 'factlint check'.\n");
  return 0;
}

function check(io: CliIo, deps: CliDeps, configPath: string | undefined, paths: string[] | undefined, run?: CheckRun) {
  const options: CheckOptions = { cwd: io.cwd, host: deps.createHost(io.cwd), builtinRules: deps.builtinRules() };
  if (configPath !== undefined) options.configPath = configPath;
  if (paths !== undefined) options.paths = paths;
  return run ? deps.check(options, run) : deps.check(options);
}

/** Joins the reports of sharded runs: exit 2 when one cannot be read or is not a report of that format. */
function runMerge(command: Extract<Command, { name: 'merge' }>, io: CliIo, deps: CliDeps): ExitCode {
  const read = deps.readText ?? ((cwd, path) => deps.createHost(cwd).readFile(path)?.toString('utf8'));
  const texts: MergeInput[] = [];
  for (const file of command.files) {
    const text = read(io.cwd, file);
    if (text === undefined) {
      io.stderr(`${file}:1:1 error: no such file\n`);
      return 2;
    }
    texts.push({ file, text });
  }
  const merged = command.format === 'json' ? mergeJson(texts) : mergeSarif(texts);
  if ('error' in merged) {
    io.stderr(`${merged.error}\n`);
    return 2;
  }
  io.stdout(merged.text);
  return 0;
}

export function failed(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}

/** Colour only on a terminal, and never when the user or the environment says no. */
function useColor(noColor: boolean, io: CliIo): boolean {
  if (noColor || !io.isTTY) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.env.TERM !== 'dumb';
}

function findReport(articles: readonly ArticleReport[], file: string, cwd: string): ArticleReport | undefined {
  const wanted = relative(cwd, resolve(cwd, file)).split(sep).join('/');
  const normal = (f: string) => relative(cwd, resolve(cwd, f)).split(sep).join('/');
  return articles.find((a) => normal(a.file) === wanted) ?? (articles.length === 1 ? articles[0] : undefined);
}
