import type { ActionContext } from './context.js';
import type { GitHubApi } from './api.js';
import { type ChangeSet, type ChangedFile, normalizeStatus } from './change-set.js';
import { readHunks } from './hunks.js';

/** The fields of a pull-files or compare entry that factlint reads. */
export interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  changes?: number;
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000;

/** Turns REST API file entries into a change set; a missing patch on a
 * file with changes (too large, binary) means "the whole file". */
export function fromApiFiles(entries: readonly ApiFile[]): ChangeSet {
  const files = new Map<string, ChangedFile>();
  for (const entry of entries) {
    const file: ChangedFile = { path: entry.filename, status: normalizeStatus(entry.status) };
    if (entry.previous_filename) file.previousPath = entry.previous_filename;
    if (typeof entry.patch === 'string') file.lines = readHunks(entry.patch);
    else if (entry.changes === 0) file.lines = { added: new Set(), visible: new Set() };
    files.set(file.path, file);
  }
  return { kind: 'files', files, source: 'api' };
}

/**
 * The pull request's files and patches, 100 a page, as far as GitHub lists
 * them. Returns `truncated` when the pull has more files than GitHub gives,
 * so that the caller can try the local history instead.
 */
export async function pullFilesFromApi(
  api: GitHubApi,
  context: ActionContext,
): Promise<{ changes: ChangeSet; truncated: boolean }> {
  const pull = context.pull!;
  const entries = await api.paginate<ApiFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...context.repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const truncated = entries.length >= PULL_FILES_LIMIT && (pull.changedFiles ?? 0) > entries.length;
  return { changes: fromApiFiles(entries), truncated };
}

/** A pushed range from the compare API, for a shallow clone that lacks `before`. */
export async function pushFilesFromApi(api: GitHubApi, context: ActionContext): Promise<ChangeSet> {
  const { before, after } = context.push!;
  const response = await api.request<{ files?: ApiFile[] }>('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...context.repo,
    basehead: `${before}...${after}`,
  });
  return fromApiFiles(response.data.files ?? []);
}
