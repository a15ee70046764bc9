import type { ApiResult } from '../../../shared/contract';
import { DESKTOP_CALLER } from '../../../shared/people';
import type { Caller } from '../../../shared/people';
import { AUDITED_METHODS, describeCall } from '../people';
import type { People } from '../people';
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

  const dispatch: Dispatch = (method, input, caller = DESKTOP_CALLER) => {
    if (closing) return Promise.resolve(closedResult());
    const call = inner(method, input, caller).then((result) => audited(context.people, method, input, caller, result, host.log ?? console));
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

/**
 * The audit trail's hook (issue 18): after a call that succeeded, if its method is one the trail
 * records, who made it, what it was about and from where. The desktop's calls too. A trail that
 * cannot be written is logged, not made the call's failure: the change itself was made.
 */
async function audited(people: People, method: unknown, input: unknown, caller: Caller, result: ApiResult<unknown>, log: DispatchLog): Promise<ApiResult<unknown>> {
  if (!result.ok || typeof method !== 'string' || !(method in AUDITED_METHODS)) return result;
  const name = method as keyof typeof AUDITED_METHODS;
  const action = AUDITED_METHODS[name];
  if (action === undefined) return result;
  try {
    await people.audit.record({
      who: caller.kind === 'desktop' ? '(desktop)' : caller.name,
      action,
      what: describeCall(name, input, result.data),
      address: caller.kind === 'desktop' ? 'local' : caller.address,
      method,
    });
  } catch (error) {
    log.error(`audit trail: ${method} could not be recorded`, error);
  }
  return result;
}

function closedResult(): ApiResult<never> {
  return { ok: false, error: { code: 'unavailable', message: 'The archive is closing. Start it again to go on.' } };
}
