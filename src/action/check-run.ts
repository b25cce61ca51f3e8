import { type GitHubApi, statusOf } from './api.js';
import type { RepoRef } from './context.js';
import { type CheckAnnotation, batches } from './annotations.js';

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunInput {
  repo: RepoRef;
  headSha: string;
  annotations: readonly CheckAnnotation[];
  conclusion: Conclusion;
  title: string;
  /** Markdown, at most 65,535 characters (the API's limit). */
  summary: string;
}

export type CheckRunOutcome =
  | { ok: true; id: number; requests: number }
  | { ok: false; status?: number; message: string; posted: number; requests: number };

const NAME = 'factlint';

/**
 * One check run named `factlint` carrying every finding as an annotation.
 * The API takes 50 annotations a request, so the run is created with the
 * first 50 and patched with each next 50; the last request completes it. So
 * N findings cost max(1, ceil(N / 50)) requests: 120 findings, 3 requests.
 * The run stays `in_progress` until its last batch is in, so a reader never
 * sees a finished run with half its annotations.
 */
export async function publishCheckRun(api: GitHubApi, input: CheckRunInput): Promise<CheckRunOutcome> {
  const parts = batches(input.annotations);
  if (parts.length === 0) parts.push([]);
  const output = (annotations: CheckAnnotation[]) => ({ title: input.title, summary: input.summary, annotations });
  const done = (last: boolean) => (last ? { status: 'completed', conclusion: input.conclusion } : { status: 'in_progress' });
  let id: number | undefined;
  let posted = 0;
  let requests = 0;
  try {
    for (const [index, annotations] of parts.entries()) {
      const last = index === parts.length - 1;
      requests++;
      if (id === undefined) {
        const { data } = await api.request<{ id: number }>('POST /repos/{owner}/{repo}/check-runs', {
          ...input.repo,
          name: NAME,
          head_sha: input.headSha,
          ...done(last),
          output: output(annotations),
        });
        id = data.id;
      } else {
        await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...input.repo,
          check_run_id: id,
          ...done(last),
          output: output(annotations),
        });
      }
      posted += annotations.length;
    }
    return { ok: true, id: id!, requests };
  } catch (error) {
    if (id !== undefined) await closeEarly(api, input, id, posted);
    return { ok: false, status: statusOf(error), message: (error as Error).message ?? String(error), posted, requests };
  }
}

/** A run left `in_progress` would block a required check forever: complete it, saying what is missing. */
async function closeEarly(api: GitHubApi, input: CheckRunInput, id: number, posted: number): Promise<void> {
  const missing = input.annotations.length - posted;
  try {
    await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...input.repo,
      check_run_id: id,
      status: 'completed',
      conclusion: input.conclusion,
      output: {
        title: input.title,
        summary: `${input.summary}\n\n${missing} annotations could not be added here; the job summary and log list every finding.`,
      },
    });
  } catch {
    // The findings still reach the log, the job summary and the exit status.
  }
}
