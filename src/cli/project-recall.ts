/**
 * The project a `--cache` run checks against. Loading it (config, facts,
 * rules, the articles' globs) is most of what a run costs when every
 * article is answered by the cache, so the cache keeps what loading asked
 * of the file system, the answers it got and what it gave. When the same
 * questions get the same answers now, that result is recalled, and the
 * facts are parsed only if some article has to be checked after all.
 * A project whose loading gave an error is never recorded, so its errors
 * are found and reported on every run, as without the cache.
 */
import type { Knowledge } from '../check-article.js';
import type { CheckOptions } from '../check-types.js';
import { prepare } from '../check.js';
import type { AuthorError } from '../types.js';
import type { ArticleCache } from './article-cache.js';
import { recordingHost, replays, type HostCall } from './recording-host.js';

/** What a run needs of a loaded project besides its knowledge. */
export interface ProjectSummary {
  /** The articles to check, relative to the working directory. */
  files: string[];
  /** Every article the config selects, for corpus consistency. */
  corpusFiles: string[];
  /** Warnings (and errors of the command's own paths) found while loading. */
  problems: AuthorError[];
  corpusConsistency: boolean;
  /** Entities the facts declare, for the summary line. */
  entities: number;
}

/** How a project was loaded, as the cache keeps it. */
export interface ProjectRecord {
  /** The options loading depends on besides the file system, as JSON. */
  options: string;
  calls: HostCall[];
  summary: ProjectSummary;
}

export interface RunProject extends ProjectSummary {
  /** The compiled facts and rules, loaded on first use when the project was recalled. */
  knowledge(): Knowledge;
}

/** The project, recalled from `cache` when nothing it was loaded from changed, else loaded; only problems when loading gave an error. */
export function projectForRun(options: CheckOptions, cache: ArticleCache | undefined): RunProject | { problems: AuthorError[] } {
  const optionsKey = JSON.stringify([options.cwd, options.configPath ?? null, options.paths ?? null, options.searchUpward === true, options.requireInput === true]);
  const recorded = cache?.project;
  if (recorded && recorded.options === optionsKey && replays(recorded.calls, options.host)) {
    let knowledge: Knowledge | undefined;
    return { ...recorded.summary, knowledge: () => (knowledge ??= loadAgain(options)) };
  }
  const recorder = cache && recordingHost(options.host);
  const prepared = prepare(recorder ? { ...options, host: recorder.host } : options);
  const { knowledge } = prepared;
  if (!knowledge) return { problems: prepared.problems };
  const summary: ProjectSummary = {
    files: prepared.files,
    corpusFiles: prepared.corpusFiles,
    problems: prepared.problems,
    corpusConsistency: knowledge.config.corpusConsistency !== false,
    entities: knowledge.entities.size,
  };
  if (cache && recorder) {
    const calls = recorder.calls();
    cache.useProject(recorder.digest(), calls && { options: optionsKey, calls, summary });
  }
  return { ...summary, knowledge: () => knowledge };
}

/** The knowledge of a recalled project: the same files, so the same result, unless they changed since the replay. */
function loadAgain(options: CheckOptions): Knowledge {
  const { knowledge } = prepare(options);
  if (!knowledge) throw new Error('the project no longer loads: its files changed during the run');
  return knowledge;
}
