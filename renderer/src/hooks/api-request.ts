import type { ApiError, ApiResult } from '../../../shared/contract';

/**
 * What a view shows of one API call: nothing asked yet (`idle`), on its way (`loading`, with
 * the last answer to show meanwhile, if any), answered, or failed.
 */
export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading'; stale: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError };

/** The data to show in any state: the answer, or the last one while the next loads. */
export function shownData<T>(state: ApiState<T>): T | null {
  switch (state.status) {
    case 'ready':
      return state.data;
    case 'loading':
      return state.stale;
    case 'idle':
    case 'error':
      return null;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/**
 * Starts one call and reports its answer, unless cancelled first: the returned function is the
 * cancel, which a view calls when its input changes or it goes away, so a late answer to an old
 * question never replaces the answer to the new one.
 */
export function requestLatest<T>(run: () => Promise<ApiResult<T>>, settle: (state: ApiState<T>) => void): () => void {
  let live = true;
  void run().then(
    (result) => {
      if (live) settle(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
    },
    (error: unknown) => {
      // `call` answers failures as values; a throw here is a bug, still shown rather than lost.
      if (live) settle({ status: 'error', error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) } });
    },
  );
  return () => {
    live = false;
  };
}
