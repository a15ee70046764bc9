import { useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/contract';
import { call } from '../store/api';
import { requestLatest, shownData } from './api-request';
import type { ApiState } from './api-request';

export type { ApiState } from './api-request';
export { shownData } from './api-request';

/**
 * One API call a view depends on: made when the view appears and again whenever `input` (compared
 * by value) or `refresh` changes, cancelled when either changes or the view goes away. `null`
 * input asks nothing (`idle`). While a new answer loads, the last one stays available as `stale`,
 * so a list being filtered does not blink away.
 */
export function useApi<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | null,
  refresh: unknown = null,
): { state: ApiState<ApiOutput<M>>; retry: () => void } {
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string | null; state: ApiState<ApiOutput<M>> }>({ key: null, state: { status: 'idle' } });
  const [attempt, setAttempt] = useState(0);
  // The effect runs on the key; the input it sends is the one that key was made from.
  const latestInput = useRef(input);
  latestInput.current = input;

  useEffect(() => {
    const asked = latestInput.current;
    if (asked === null) return setAnswer({ key, state: { status: 'idle' } });
    setAnswer((previous) => ({ key, state: { status: 'loading', stale: shownData(previous.state) } }));
    return requestLatest(
      () => call(method, asked),
      (state) => setAnswer({ key, state }),
    );
  }, [method, key, refresh, attempt]);

  // Until the effect has run for a new key, the old answer is not this input's answer.
  const state: ApiState<ApiOutput<M>> =
    answer.key === key ? answer.state : key === null ? { status: 'idle' } : { status: 'loading', stale: shownData(answer.state) };
  return { state, retry: () => setAttempt((n) => n + 1) };
}
