import i18next from 'i18next';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult, IncomingFile } from '../../../shared/contract';
import type { ArchiveShell } from './bridge';
import { createDownloadDelivery } from './http-delivery';
import { stageAsUpload } from './stage-file';
import { PACKAGE_UPLOAD_QUERY } from '../../../shared/limits';

const TOKEN_META = 'archive-token';
const TOKEN_HEADER = 'X-Archive-Token';

/** Browser mode: the same contract over `POST /api/<method>` on the page's own origin. */
export function createHttpBridge(token: string): ArchiveShell {
  async function invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>> {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return transportFailure(i18next.t('errors.serverDown'));
    }
    try {
      // The server answers every call, refused or not, with an ApiResult.
      const body: unknown = await response.json();
      if (isApiResult<ApiOutput<M>>(body)) return body;
    } catch {
      // fall through
    }
    return transportFailure(i18next.t('errors.badAnswer', { status: response.status }));
  }
  async function stageFile(file: File): Promise<ApiResult<IncomingFile>> {
    try {
      return (await stageAsUpload(file, token, TOKEN_HEADER)) ?? transportFailure(i18next.t('errors.badAnswer', { status: 0 }));
    } catch {
      return transportFailure(i18next.t('errors.serverDown'));
    }
  }
  // A package (issue 15) may be several GB: the server takes it under its own, larger limit.
  async function stagePackage(file: File): Promise<ApiResult<IncomingFile>> {
    try {
      return (await stageAsUpload(file, token, TOKEN_HEADER, `/api/upload?${PACKAGE_UPLOAD_QUERY}`)) ?? transportFailure(i18next.t('errors.badAnswer', { status: 0 }));
    } catch {
      return transportFailure(i18next.t('errors.serverDown'));
    }
  }
  return { invoke, stageFile, stagePackage, ...createDownloadDelivery(invoke) };
}

function isApiResult<T>(value: unknown): value is ApiResult<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

export function readPageToken(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

function transportFailure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'unavailable', message } };
}
