import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../../shared/contract';
import i18next from 'i18next';
import { connectArchive } from '../transport';
import type { ArchiveShell } from '../transport';

let archive: ArchiveShell | null | undefined;

export function getArchive(): ArchiveShell | null {
  if (archive === undefined) archive = connectArchive();
  return archive;
}

/** Every call answers with an ApiResult; a missing or broken transport is one too. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>> {
  const bridge = getArchive();
  if (!bridge) return { ok: false, error: { code: 'unavailable', message: i18next.t('errors.noBridge') } };
  try {
    return await bridge.invoke(method, input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unavailable', message } };
  }
}
