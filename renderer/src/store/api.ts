import type { ApiInput, ApiMethod, ApiOutput, ApiResult, IncomingFile, OpenedOriginal, SavedExport } from '../../../shared/contract';
import i18next from 'i18next';
import { connectArchive } from '../transport';
import type { ArchiveShell } from '../transport';

let archive: ArchiveShell | null | undefined;

export function getArchive(): ArchiveShell | null {
  if (archive === undefined) archive = connectArchive();
  return archive;
}

/** Every call answers with an ApiResult; a missing or broken transport is one too. */
export function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>> {
  return through((bridge) => bridge.invoke(method, input));
}

/** A chosen file made ready for an import call (uploaded, or its bytes), however large. */
export function stageFile(file: File): Promise<ApiResult<IncomingFile>> {
  return through((bridge) => bridge.stageFile(file));
}

/** A prepared export to the person: saved where they choose (Electron) or downloaded (browser). */
export function saveExport(token: string): Promise<ApiResult<SavedExport>> {
  return through((bridge) => bridge.saveExport(token));
}

/** An issue's original: opened with the system's viewer (Electron) or downloaded (browser). */
export function openOriginal(issueId: string, sha256?: string): Promise<ApiResult<OpenedOriginal>> {
  return through((bridge) => bridge.openOriginal(issueId, sha256));
}

async function through<T>(use: (bridge: ArchiveShell) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const bridge = getArchive();
  if (!bridge) return { ok: false, error: { code: 'unavailable', message: i18next.t('errors.noBridge') } };
  try {
    return await use(bridge);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unavailable', message } };
  }
}
