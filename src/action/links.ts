import type { ActionContext } from './context.js';

/**
 * A blob URL of the commit under review with a `#L` anchor, so that each row
 * of the summary opens the article at its line even after the branch moves.
 */
export function blobLink(context: ActionContext, toRepoPath: (file: string) => string) {
  const { serverUrl, repo, headSha } = context;
  return (file: string, line: number, endLine: number): string | undefined => {
    if (!repo.owner || !headSha) return undefined;
    const path = toRepoPath(file).split('/').map(encodeURIComponent).join('/');
    const anchor = endLine > line ? `#L${line}-L${endLine}` : `#L${line}`;
    return `${serverUrl}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/blob/${headSha}/${path}${anchor}`;
  };
}
