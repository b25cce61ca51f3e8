/**
 * The pipeline shared by the CLI and the Action: config, facts and rules
 * -> every article -> findings. It reads only through the Host it is
 * given, so it runs the same on a working tree, a base commit or in memory.
 */
import type { ArticleReport, CheckOptions, CheckResult } from './check-types.js';
import type { AuthorError, Finding } from './types.js';
import { loadProject } from './config/index.js';
import { compileRules } from './claims/rule-set.js';
import { AliasIndex } from './entities/alias-index.js';
import { knownPeople } from './entities/subject.js';
import { sortFindings } from './findings/to-finding.js';
import { decodeArticle } from './markdown/index.js';
import { checkArticle, type Knowledge } from './check-article.js';
import { resolvePaths } from './resolve-paths.js';

export function check(options: CheckOptions): CheckResult {
  const project = loadProject(options);
  const problems: AuthorError[] = [...project.problems];
  const { ruleSet, problems: ruleProblems } = compileRules(project.rules);
  problems.push(...ruleProblems);
  if (problems.some((p) => p.level === 'error')) return { findings: [], problems, articles: [] };

  const personAttributes = new Set(project.rules.filter((r) => r.type === 'person').map((r) => r.attribute));
  const knowledge: Knowledge = {
    config: project.config,
    entities: new Map(project.entities.map((e) => [e.id, e])),
    aliases: new AliasIndex(project.entities),
    ruleSet,
    knownPeople: knownPeople(project.entities, personAttributes),
  };
  const files = options.paths ? resolvePaths(options.paths, options.host, options.cwd, problems) : project.articles;
  const findings: Finding[] = [];
  const articles: ArticleReport[] = [];
  for (const file of files) {
    let buffer: Buffer | undefined;
    try {
      buffer = options.host.readFile(file);
    } catch (error) {
      problems.push({ file, line: 1, column: 1, level: 'error', message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    if (buffer === undefined) {
      problems.push({ file, line: 1, column: 1, level: 'error', message: 'no such file' });
      continue;
    }
    const decoded = decodeArticle(buffer);
    if ('error' in decoded) {
      problems.push({ file, line: 1, column: 1, level: 'error', message: decoded.error });
      continue;
    }
    const outcome = checkArticle(file, decoded.text, knowledge);
    articles.push(outcome.report);
    problems.push(...outcome.report.problems);
    findings.push(...outcome.findings);
  }
  return { findings: sortFindings(findings), problems, articles };
}
