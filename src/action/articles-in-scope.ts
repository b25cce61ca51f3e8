import { loadProject } from '../config/load-project.js';
import type { Prepared } from './prepare.js';

/** Characters that make the core read a path as a glob; such a file is checked by a full run instead. */
const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * The articles worth reading when only changed files can yield findings in
 * scope: the config's articles that the change touched. Undefined means
 * "every article" (scope `all`, changed lines unknown, or a path the core
 * would take for a glob); the scope filter then does the work on findings.
 */
export function articlesInScope(p: Prepared): string[] | undefined {
  const { changes, inputs, context } = p;
  if (inputs.scope === 'all' || changes.kind === 'all') return undefined;
  const project = loadProject({ cwd: context.workspace, configPath: inputs.config, host: p.host, builtinRules: [] });
  if (project.problems.some((problem) => problem.level === 'error')) return undefined;
  const touched = project.articles.filter((file) => {
    const change = changes.files.get(p.toRepoPath(file));
    return change !== undefined && change.status !== 'removed';
  });
  return touched.some((file) => GLOB_CHARS.test(file)) ? undefined : touched;
}
