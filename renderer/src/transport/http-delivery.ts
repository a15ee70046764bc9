import type { ApiInput, ApiMethod, ApiOutput, ApiResult, FileDelivery } from '../../../shared/contract';
import { ORIGINAL_PATH } from '../../../shared/contract/bridge';
import type { OpenedOriginal } from '../../../shared/contract/bridge';
import { clickDownload, downloadBase64 } from './download';

type Invoke = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;

/**
 * FileDelivery in a browser: the file's bytes come over the API and are offered as a download
 * (the browser asks where, or names a second copy itself: it never overwrites silently).
 * An original the browser can show (PDF, text) opens in a new tab instead, from its own address.
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
      const opened = await openInNewTab(issueId, sha256);
      if (opened) return { ok: true, data: opened };
      // The address did not answer (an older server, a damaged library): the API says why, or hands the bytes over.
      const original = await invoke('issues.original', { issueId, ...(sha256 !== undefined && { sha256 }) });
      if (!original.ok) return original;
      downloadBase64(original.data.name, original.data.mime, original.data.dataBase64);
      return { ok: true, data: { kind: 'downloaded', fileName: original.data.name } };
    },
  };
}

/**
 * Asks the original's address how it would be sent (HEAD): shown inline, it opens in a new tab;
 * sent as an attachment (Word), it downloads from the same address. Null when it did not answer.
 */
async function openInNewTab(issueId: string, sha256: string | undefined): Promise<OpenedOriginal | null> {
  const url = `${ORIGINAL_PATH}${encodeURIComponent(issueId)}${sha256 === undefined ? '' : `?sha256=${encodeURIComponent(sha256)}`}`;
  let head: Response;
  try {
    head = await fetch(url, { method: 'HEAD', credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return null;
  }
  const disposition = head.headers.get('content-disposition') ?? '';
  if (!head.ok || disposition === '') return null;
  const fileName = dispositionName(disposition) ?? issueId;
  if (disposition.startsWith('inline')) {
    const tab = window.open(url, '_blank');
    if (tab) {
      tab.opener = null;
      return { kind: 'shown', fileName };
    }
  }
  clickDownload(url, fileName);
  return { kind: 'downloaded', fileName };
}

/** The name in `filename*=UTF-8''…` (RFC 6266), else in `filename="…"`. */
export function dispositionName(header: string): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // Falls through to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}
