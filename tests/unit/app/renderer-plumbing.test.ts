import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract';
import { requestLatest, shownData } from '../../../renderer/src/hooks/api-request';
import type { ApiState } from '../../../renderer/src/hooks/api-request';
import { createStore, patchStore } from '../../../renderer/src/store/create-store';

/** A call whose answer the test gives when it likes. */
function pending<T>(): { run: () => Promise<ApiResult<T>>; answer: (result: ApiResult<T>) => Promise<void> } {
  let resolve: (result: ApiResult<T>) => void = () => undefined;
  const promise = new Promise<ApiResult<T>>((r) => (resolve = r));
  return {
    run: () => promise,
    answer: async (result) => {
      resolve(result);
      await promise;
      await Promise.resolve();
    },
  };
}

describe('the renderer’s store helper', () => {
  it('tells every listener of a change, hands out a new value, and stops telling one that unsubscribed', () => {
    const store = createStore({ query: '', page: 1 });
    const before = store.get();
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.get().query));
    patchStore(store, { query: '稀土' });
    patchStore(store, (current) => ({ page: current.page + 1 }));
    expect(store.get()).toEqual({ query: '稀土', page: 2 });
    expect(before).toEqual({ query: '', page: 1 });
    stop();
    store.set({ query: '武创通', page: 1 });
    expect(seen).toEqual(['稀土', '稀土']);
  });
});

describe('useApi’s request core', () => {
  it('shows the answer to the latest question only: a cancelled request’s late answer is dropped', async () => {
    const shown: ApiState<string>[] = [];
    const first = pending<string>();
    const second = pending<string>();
    const cancelFirst = requestLatest(first.run, (s) => shown.push(s));
    // The input changed: the view cancels the first and asks again.
    cancelFirst();
    requestLatest(second.run, (s) => shown.push(s));
    await second.answer({ ok: true, data: '新' });
    await first.answer({ ok: true, data: '旧' });
    expect(shown).toEqual([{ status: 'ready', data: '新' }]);
  });

  it('reports a failure as a value, and nothing once the view has gone', async () => {
    const shown: ApiState<string>[] = [];
    const failing = pending<string>();
    requestLatest(failing.run, (s) => shown.push(s));
    await failing.answer({ ok: false, error: { code: 'not-found', message: '没有这一期' } });
    expect(shown).toEqual([{ status: 'error', error: { code: 'not-found', message: '没有这一期' } }]);

    const unmounted = pending<string>();
    const stop = requestLatest(unmounted.run, (s) => shown.push(s));
    stop();
    await unmounted.answer({ ok: true, data: '晚到' });
    expect(shown).toHaveLength(1);
  });

  it('keeps the last answer visible while the next loads', () => {
    expect(shownData<string>({ status: 'loading', stale: '上次' })).toBe('上次');
    expect(shownData<string>({ status: 'ready', data: '本次' })).toBe('本次');
    expect(shownData<string>({ status: 'error', error: { code: 'x', message: 'y' } })).toBeNull();
    expect(shownData<string>({ status: 'idle' })).toBeNull();
  });
});
