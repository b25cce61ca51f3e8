import type { AuthorError } from '../types.js';
import type { Project } from './load-project.js';

/**
 * A run that selects no article, or loads no facts, would report "no
 * contradictions" having checked nothing: right after `init`, from the
 * wrong folder, or with a mistyped default. Each is an error that says what
 * was looked for and where, placed at the config file when there is one.
 */
export function nothingToCheck(project: Project, files: readonly string[], fromCommandLine: boolean): AuthorError[] {
  const { config } = project;
  const file = config.file ?? '.';
  const where = config.root === '.' ? 'the current folder' : `${config.root}/`;
  const named = config.file ? `set in ${config.file}` : 'the default; no .factlint.yml was found here or above';
  const problems: AuthorError[] = [];
  if (files.length === 0 && !fromCommandLine) {
    const message = `no article to check: articles (${config.articles.join(', ')}, ${named}) selects no file under ${where}`;
    problems.push({ file, line: 1, column: 1, level: 'error', message });
  }
  if (project.entities.length === 0) {
    const message = `no facts loaded: facts (${config.facts.join(', ')}, ${named}) selects no facts file under ${where}; 'factlint init' writes an example`;
    problems.push({ file, line: 1, column: 1, level: 'error', message });
  }
  return problems;
}
