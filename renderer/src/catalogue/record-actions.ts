import type { Issue } from '../../../shared/catalog';
import type { ApiResult, IssuePatch } from '../../../shared/contract';
import type { EditedArticle } from '../../../shared/article-edit';
import { call } from '../store/api';
import { refreshIssues, rememberIssue } from '../store/library';

/** Changes to an issue's record from the issue page: each saved through the API, then shown everywhere. */
export async function saveRecord(issueId: string, patch: IssuePatch): Promise<ApiResult<Issue>> {
  return settled(await call('issues.update', { issueId, patch }));
}

export async function saveArticles(issueId: string, articles: EditedArticle[]): Promise<ApiResult<Issue>> {
  return settled(await call('issues.editArticles', { issueId, articles }));
}

/** Undoes the last change and shows the issue as it is now. */
export async function undoLast(issueId: string): Promise<ApiResult<{ undone: string; issueId: string | null }>> {
  const result = await call('history.undo', {});
  if (result.ok) {
    const fresh = await call('issues.get', { issueId });
    if (fresh.ok) rememberIssue(fresh.data);
    await refreshIssues();
  }
  return result;
}

async function settled(result: ApiResult<Issue>): Promise<ApiResult<Issue>> {
  if (result.ok) {
    rememberIssue(result.data);
    await refreshIssues();
  }
  return result;
}
