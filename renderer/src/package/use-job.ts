import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult, JobStarted, JobView } from '../../../shared/contract';
import { call } from '../store/api';

/** How often the page asks how a job is doing: often enough for a progress bar, cheap for the archive. */
const POLL_MS = 400;

export type JobState = { phase: 'idle' } | { phase: 'starting' } | { phase: 'running'; view: JobView } | { phase: 'ended'; view: JobView } | { phase: 'refused'; error: ApiError };

/**
 * Follows one package job: `run` starts it (the archive answers at once with its id), the hook
 * asks `jobs.status` until it ends, and `cancel` asks the archive to stop it. Leaving the screen
 * stops the asking, not the job (a backup goes on; its result waits in the archive a while).
 */
export function useJob(): { state: JobState; run: (start: () => Promise<ApiResult<JobStarted>>) => Promise<JobView | null>; cancel: () => void; reset: () => void } {
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const current = useRef<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async (start: () => Promise<ApiResult<JobStarted>>): Promise<JobView | null> => {
    setState({ phase: 'starting' });
    const started = await start();
    if (!started.ok) {
      if (alive.current) setState({ phase: 'refused', error: started.error });
      return null;
    }
    current.current = started.data.jobId;
    for (;;) {
      const status = await call('jobs.status', { jobId: started.data.jobId });
      if (!alive.current) return null;
      if (!status.ok) {
        setState({ phase: 'refused', error: status.error });
        return null;
      }
      if (status.data.state !== 'running') {
        current.current = null;
        setState({ phase: 'ended', view: status.data });
        return status.data;
      }
      setState({ phase: 'running', view: status.data });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void call('jobs.cancel', { jobId: current.current });
  }, []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, cancel, reset };
}
