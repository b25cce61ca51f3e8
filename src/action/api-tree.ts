import type { GitHubApi } from './api.js';
import type { RepoRef } from './context.js';
import { type Tree, memoryTree } from './tree.js';

interface TreeEntry {
  path: string;
  mode?: string;
  type: string;
  sha: string;
  size?: number;
}

/** Files larger than this are not facts, rules or config; they are listed but not fetched. */
const MAX_BYTES = 1024 * 1024;
const MAX_FILES = 2000;

/**
 * The base commit read through the git database API, for a shallow clone
 * that lacks it and cannot fetch it. The core's Host is synchronous, so the
 * files that may be config, facts or rules (`wanted`) are fetched first.
 * A symbolic link (mode 120000) is fetched as its target's name, never
 * followed here; the core decides whether it stays inside the repository.
 */
export async function apiTree(api: GitHubApi, repo: RepoRef, sha: string, wanted: (path: string) => boolean): Promise<Tree> {
  const { data } = await api.request<{ tree: TreeEntry[]; truncated?: boolean }>(
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    { ...repo, tree_sha: sha, recursive: '1' },
  );
  if (data.truncated) throw new Error(`the tree of ${sha} is too large for the API`);
  const blobs = data.tree.filter((entry) => entry.type === 'blob');
  const fetch = blobs.filter((entry) => wanted(entry.path) && (entry.size ?? 0) <= MAX_BYTES);
  if (fetch.length > MAX_FILES) throw new Error(`${fetch.length} candidate files in ${sha}, more than ${MAX_FILES}`);
  const contents = new Map<string, Buffer>();
  const links = new Map<string, string>();
  for (const entry of fetch) {
    const blob = await api.request<{ content: string; encoding: string }>('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      ...repo,
      file_sha: entry.sha,
    });
    const bytes = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
    if (entry.mode === '120000') links.set(entry.path, bytes.toString('utf8'));
    else contents.set(entry.path, bytes);
  }
  return { ...memoryTree(sha, blobs.map((entry) => entry.path), contents, links), partial: true };
}
