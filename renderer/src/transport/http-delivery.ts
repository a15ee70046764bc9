import type { ApiInput, ApiMethod, ApiOutput, ApiResult, FileDelivery } from '../../../shared/contract';
import { downloadBase64 } from './download';

type Invoke = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;

/**
 * FileDelivery in a browser: the file's bytes come over the API and are offered as a download
 * (the browser asks where, or names a second copy itself: it never overwrites silently).
 */
export function createDownloadDelivery(invoke: Invoke): FileDelivery {
  return {
    async saveExport(token) {
      const taken = await invoke('export.take', { token });
      if (!taken.ok) return taken;
      downloadBase64(taken.data.fileName, taken.data.mime, taken.data.dataBase64);
      return { ok: true, data: { kind: 'downloaded', fileName: taken.data.fileName } };
    },
    async openOriginal(issueId, sha256) {
      const original = await invoke('issues.original', { issueId, ...(sha256 !== undefined && { sha256 }) });
      if (!original.ok) return original;
      downloadBase64(original.data.name, original.data.mime, original.data.dataBase64);
      return { ok: true, data: { kind: 'downloaded', fileName: original.data.name } };
    },
  };
}
