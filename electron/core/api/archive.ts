import type { ApiResult } from '../../../shared/contract';
import type { Library } from '../library';
import { createApiContext, releaseApiContext } from './context';
import type { ApiHost } from './context';
import { createDispatch } from './dispatch';
import type { UploadStore } from './uploads';
import type { Dispatch, DispatchLog } from './dispatch';

/**
 * The archive as the app runs it: one open library and what is built beside it (the search
 * index with its open segment files, the PDF engine with its Chromium, the export spool's
 * temporary folder, the import drafts), behind the dispatcher every transport calls.
 * `close` waits for the calls in flight, then releases all of it; the library itself belongs
 * to whoever opened it. Electron main, browser mode and the tests all make one of these.
 */
export interface Archive {
  readonly dispatch: Dispatch;
  /** Where browser mode streams a file before the import call that names it (POST /api/upload). */
  readonly uploads: UploadStore;
  close(): Promise<void>;
}

export interface ArchiveHost extends ApiHost {
  log?: DispatchLog;
}

export function createArchive(library: Library, host: ArchiveHost = {}): Archive {
  const context = createApiContext(library, host);
  const inner = createDispatch(context, host.log ?? console);
  const inFlight = new Set<Promise<ApiResult<unknown>>>();
  let closing: Promise<void> | null = null;

  const dispatch: Dispatch = (method, input, caller) => {
    if (closing) return Promise.resolve(closedResult());
    const call = inner(method, input, caller);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
    return call;
  };

  return {
    dispatch,
    uploads: context.uploads,
    close: () =>
      (closing ??= (async () => {
        await Promise.allSettled([...inFlight]);
        await releaseApiContext(context);
      })()),
  };
}

function closedResult(): ApiResult<never> {
  return { ok: false, error: { code: 'unavailable', message: 'The archive is closing. Start it again to go on.' } };
}
