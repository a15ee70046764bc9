import type { Issue } from '../../../shared/catalog';
import { call } from './api';
import { setState } from './store';

export async function refreshIssues(): Promise<void> {
  const result = await call('issues.list', {});
  setState((current) => ({
    issues: result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error },
    // A series that no longer exists is no longer selected.
    selectedSeries:
      result.ok && current.selectedSeries !== null && !result.data.some((i) => i.series === current.selectedSeries)
        ? null
        : current.selectedSeries,
  }));
}

export function rememberIssue(issue: Issue): void {
  setState((current) => ({ issueCache: { ...current.issueCache, [issue.id]: issue } }));
}

/** Drops issues from the cache after a change made elsewhere (batch work), so their pages load afresh. */
export function forgetIssues(issueIds: readonly string[]): void {
  setState((current) => {
    const issueCache = { ...current.issueCache };
    for (const id of issueIds) delete issueCache[id];
    return { issueCache };
  });
}
