import type { ApiResult, IncomingFile, UploadReceipt } from '../../../shared/contract';

/**
 * Electron: the bytes themselves cross IPC as a structured clone (no base64, no JSON), and the
 * main process checks their size like any input.
 */
export async function stageAsBytes(file: File): Promise<ApiResult<IncomingFile>> {
  return { ok: true, data: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}

/**
 * Browser mode: the File is streamed as the raw request body to `POST /api/upload` (the browser
 * reads it from disk as it sends; nothing is base64-encoded or held as one string), and the import
 * call names the upload id the server answers with.
 */
export async function stageAsUpload(file: File, token: string, tokenHeader: string, target = '/api/upload'): Promise<ApiResult<IncomingFile> | null> {
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', [tokenHeader]: token },
    body: file,
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const body: unknown = await response.json().catch(() => null);
  if (isReceiptResult(body)) return body.ok ? { ok: true, data: { name: file.name, upload: body.data.upload } } : body;
  return null;
}

function isReceiptResult(value: unknown): value is ApiResult<UploadReceipt> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value && typeof value.data === 'object' && value.data !== null && 'upload' in value.data && typeof value.data.upload === 'string';
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null && 'message' in value.error;
}
