import type { CheckOptions } from '../check-types.js';
import { checkFiles, prepare } from '../check.js';
import { computeCoverage, type Locate } from '../coverage/coverage.js';
import type { Host } from '../host.js';
import { computeLineStarts, decodeArticle, positionAt } from '../markdown/index.js';
import { formatCoverage, formatCoverageJson } from '../reporters/coverage.js';
import { formatProblems } from '../reporters/problems.js';
import { formatSuggestions, formatSuggestionsJson } from '../reporters/suggestions.js';
import { suggestFacts } from '../corpus/suggest-facts.js';
import type { Command } from './args.js';
import { allProblems } from './all-problems.js';
import type { CliDeps, CliIo, ExitCode } from './run.js';

/**
 * `factlint facts`: checks the articles like `check`, then reports what
 * they say about each fact instead of the contradictions. It needs the
 * knowledge base itself (to list statements nobody mentions), so it runs
 * the pipeline's two steps over the host's files rather than `deps.check`.
 * Exit 2 on author errors, else 0: coverage is a report, not a verdict.
 */
export function runFacts(command: Extract<Command, { name: 'facts' }>, io: CliIo, deps: CliDeps): ExitCode {
  const host = deps.createHost(io.cwd);
  const options: CheckOptions = { cwd: io.cwd, host, builtinRules: deps.builtinRules(), searchUpward: true, requireInput: true };
  if (command.config !== undefined) options.configPath = command.config;
  if (command.paths.length > 0) options.paths = command.paths;
  const prepared = prepare(options);
  const result = checkFiles(prepared, host);
  const problems = allProblems(result);
  io.stderr(formatProblems(problems));
  if (!prepared.knowledge || problems.some((p) => p.level === 'error')) return 2;
  if (command.suggest) {
    const { entities } = prepared.knowledge;
    const report = suggestFacts(entities, result.articles.flatMap((a) => a.gaps ?? []));
    io.stdout(command.format === 'json' ? formatSuggestionsJson(report) : formatSuggestions(report, entities));
    return 0;
  }
  const coverage = computeCoverage([...prepared.knowledge.entities.values()], result.articles, locator(host));
  io.stdout(command.format === 'json' ? formatCoverageJson(coverage) : formatCoverage(coverage));
  return 0;
}

/** Offsets -> line:column in articles read again through the host, each file's lines computed once. */
function locator(host: Host): Locate {
  const lines = new Map<string, number[]>();
  return (file, offset) => {
    let starts = lines.get(file);
    if (!starts) {
      const buffer = host.readFile(file);
      const decoded = buffer && decodeArticle(buffer);
      starts = computeLineStarts(decoded && 'text' in decoded ? decoded.text : '');
      lines.set(file, starts);
    }
    return positionAt(starts, offset);
  };
}
