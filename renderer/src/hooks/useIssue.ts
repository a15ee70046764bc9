import { useEffect, useState } from 'react';
import type { Issue } from '../../../shared/catalog';
import { call } from '../store/api';
import { rememberIssue } from '../store/library';
import type { Load } from '../store/state';
import { useStore } from '../store/store';

export function useIssue(issueId: string): { load: Load<Issue>; retry: () => void } {
  const cached = useStore((state) => state.issueCache[issueId]);
  const [failure, setFailure] = useState<Load<Issue> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (cached) return;
    let current = true;
    setFailure(null);
    void call('issues.get', { issueId }).then((result) => {
      if (!current) return;
      if (result.ok) rememberIssue(result.data);
      else setFailure({ status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [issueId, cached, attempt]);

  const load: Load<Issue> = cached ? { status: 'ready', data: cached } : (failure ?? { status: 'loading' });
  return { load, retry: () => setAttempt((n) => n + 1) };
}
