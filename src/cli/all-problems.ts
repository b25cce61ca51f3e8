import type { CheckResult } from '../check-types.js';
import type { AuthorError } from '../types.js';

/** The run's problems and the articles' own, each once, in the order they came. */
export function allProblems(result: CheckResult): AuthorError[] {
  const seen = new Set<string>();
  return [...result.problems, ...result.articles.flatMap((a) => a.problems)].filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.column}\u0000${p.level}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
