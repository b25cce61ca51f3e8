import { relative, resolve, sep } from 'node:path';
import type { ArticleReport, CheckOptions, CheckResult, RuleSource } from '../check-types.js';
import type { Host } from '../host.js';
import { applyFixes } from '../findings/apply-fixes.js';
import { formatExplain, formatExplainJson } from '../reporters/explain.js';
import { formatGithub, formatGithubProblems } from '../reporters/github.js';
import { formatJson } from '../reporters/json.js';
import { formatProblems } from '../reporters/problems.js';
import { formatRuleTests } from '../reporters/rule-tests.js';
import { formatSarif } from '../reporters/sarif.js';
import { oneLine } from '../reporters/terminal.js';
import { formatText } from '../reporters/text.js';
import { testRules } from '../rules-test/test-rules.js';
import type { Finding, Severity } from '../types.js';
import { parseCliArgs, USAGE, type CheckRun, type Command, type FailOn, type FixMode } from './args.js';
import { COMMAND_HELP } from './help-text.js';
import { allProblems } from './all-problems.js';
import { runFacts } from './facts-command.js';
import { runImport } from './import-command.js';
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
  /** Standard input, read whole, for `check -`. */
  readStdin?(): Promise<string>;
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
  /** Writes a file relative to `cwd`, replacing it: `--fix` and `--output`. */
  writeFile(cwd: string, path: string, text: string): void;
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
      io.stderr(`factlint: ${parsed.error}\nRun 'factlint help' for usage.\n`);
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
      io.stdout(command.topic ? COMMAND_HELP[command.topic] : USAGE);
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
    case 'import':
      return runImport(command, io, deps);
    case 'merge':
      return runMerge(command, io, deps);
  }
}

async function runCheck(command: Extract<Command, { name: 'check' }>, io: CliIo, deps: CliDeps): Promise<ExitCode> {
  const input = await inputOf(command, io, deps);
  const result = await check(io, { ...deps, createHost: () => input.host }, command.config, input.paths, command.run);
  const problems = allProblems(result);
  const broken = problems.some((p) => p.level === 'error');
  let { findings } = result;
  if (command.fix && !broken) findings = fix(findings, command.fix, input.host, io, deps);
  const color = useColor(command, io);
  const write = (text: string) => (command.output === undefined ? io.stdout(text) : deps.writeFile(io.cwd, command.output, text));

  switch (command.format) {
    case 'github':
      io.stdout(formatGithubProblems(problems));
      if (!broken || findings.length > 0) write(formatGithub(findings));
      break;
    case 'json':
    case 'sarif':
    case 'text': {
      io.stderr(formatProblems(problems));
      if (command.format === 'json') write(formatJson(broken ? [] : findings));
      else if (command.format === 'sarif') {
        // A run that exits 2 checked nothing reliably: an empty log uploaded to code scanning would close every open alert.
        if (!broken) write(formatSarif(findings, sarifOptions(deps)));
      } else if (findings.length > 0 || !broken) {
        const options: Parameters<typeof formatText>[1] = { color: command.output === undefined && color };
        if (result.stats) options.stats = result.stats;
        write(formatText(findings, options));
      }
    }
  }
  if (broken) return 2;
  return failed(findings, command.failOn) ? 1 : 0;
}

function sarifOptions(deps: CliDeps) {
  const info = deps.packageInfo();
  return info.homepage ? { version: info.version, informationUri: info.homepage } : { version: info.version };
}

/** `check -` reads one article from standard input, named by --stdin-filename (else stdin.md), and reads everything else as usual. */
async function inputOf(command: Extract<Command, { name: 'check' }>, io: CliIo, deps: CliDeps): Promise<{ host: Host; paths: string[] | undefined }> {
  const host = deps.createHost(io.cwd);
  if (!command.paths.includes('-')) return { host, paths: command.paths.length > 0 ? command.paths : undefined };
  const name = command.stdinFilename ?? 'stdin.md';
  const text = Buffer.from(io.readStdin ? await io.readStdin() : '', 'utf8');
  return { host: withFile(host, name, text), paths: [name] };
}

/**
 * Writes (or, dry, shows) the suggestions of the findings into their
 * articles, and returns the findings left: those no fix removed.
 */
function fix(findings: Finding[], mode: FixMode, host: Host, io: CliIo, deps: CliDeps): Finding[] {
  const fixed = new Set<Finding>();
  for (const file of [...new Set(findings.map((f) => f.file))]) {
    const buffer = host.readFile(file);
    if (!buffer) continue;
    const source = buffer.toString('utf8');
    const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
    const { text, applied } = applyFixes(source.slice(bom.length), findings.filter((f) => f.file === file));
    if (applied.length === 0) continue;
    for (const f of applied) {
      fixed.add(f);
      if (mode === 'dry-run') io.stderr(`${oneLine(f.file)}:${f.line}:${f.column}: would replace "${oneLine(f.found)}" with "${oneLine(f.suggestion ?? '')}"\n`);
    }
    if (mode === 'write') {
      deps.writeFile(io.cwd, file, bom + text);
      io.stderr(`${oneLine(file)}: fixed ${applied.length} contradiction${applied.length === 1 ? '' : 's'}\n`);
    }
  }
  return mode === 'write' ? findings.filter((f) => !fixed.has(f)) : findings;
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
  io.stdout(command.format === 'json' ? formatExplainJson(report, source) : formatExplain(report, source, { color: useColor(command, io) }));
  return broken ? 2 : 0;
}

/** Exit 2 on a bad rule file, 1 when an example fails, else 0. */
function runTestRules(command: Extract<Command, { name: 'test-rules' }>, io: CliIo, deps: CliDeps): ExitCode {
  const options: Parameters<typeof testRules>[0] = { cwd: io.cwd, host: deps.createHost(io.cwd), builtinRules: deps.builtinRules(), searchUpward: true };
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
  const options: CheckOptions = { cwd: io.cwd, host: deps.createHost(io.cwd), builtinRules: deps.builtinRules(), searchUpward: true, requireInput: true };
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

/**
 * `--color` / `--no-color` first, then the environment as most tools read
 * it: FORCE_COLOR (any value but 0 or false forces colour, those refuse it),
 * then NO_COLOR (set and not empty: no colour); else colour on a terminal
 * that is not dumb.
 */
export function useColor(flags: { noColor: boolean; color?: boolean }, io: Pick<CliIo, 'env' | 'isTTY'>): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY === true && io.env.TERM !== 'dumb';
}

/** A host that also holds one file in memory: the article read from standard input. */
function withFile(host: Host, name: string, text: Buffer): Host {
  const key = name.replace(/\\/g, '/').replace(/^\.\//, '');
  return {
    readFile: (path) => (path.replace(/\\/g, '/').replace(/^\.\//, '') === key ? text : host.readFile(path)),
    glob: (patterns, base, ignore) => host.glob(patterns, base, ignore),
    isDirectory: (path) => host.isDirectory(path),
  };
}

function findReport(articles: readonly ArticleReport[], file: string, cwd: string): ArticleReport | undefined {
  const wanted = relative(cwd, resolve(cwd, file)).split(sep).join('/');
  const normal = (f: string) => relative(cwd, resolve(cwd, f)).split(sep).join('/');
  return articles.find((a) => normal(a.file) === wanted) ?? (articles.length === 1 ? articles[0] : undefined);
}
