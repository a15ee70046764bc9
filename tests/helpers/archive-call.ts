import { createArchive } from '../../electron/core/api/archive';
import type { Library } from '../../electron/core/library';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/contract';

/** The API as the app calls it, in-process: `ok` answers give their data, refusals throw their message. */
export function archiveCaller(library: Library) {
  const archive = createArchive(library, { log: { error: () => undefined } });
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await archive.dispatch(method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, said: result.error.said });
    return result.data as ApiOutput<M>;
  };
  return { call, close: () => archive.close(), dispatch: archive.dispatch };
}
